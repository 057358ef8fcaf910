package org.association.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.testing.ArticleEditor;
import org.association.testing.Browser;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Http;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Staff at work in headless Chromium: writing and scheduling news with photos, keeping the register, importing and exporting. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @RegisterExtension
    final BrowserSession colleague = new BrowserSession();

    @TempDir
    Path files;

    @Test
    void anEditorPublishesAnActivityWithTwoPhotos() throws IOException {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/articles/edit.xhtml");
        ArticleEditor.fill(browser, "Browser test activity", "browser-test-activity");
        ArticleEditor.saveNew(browser, "article:saveDraft");

        Path first = photo("会议现场.jpg", Color.ORANGE);
        Path second = photo("MTXX_MH20240126_153208206(2).png", Color.CYAN);
        browser.find(By.cssSelector("#upload\\:files_input")).sendKeys(first + "\n" + second);
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#attachments\\:list .file-name")).size() == 2 ? Boolean.TRUE : null);
        List<String> names = page.findElements(By.cssSelector("#attachments\\:list .file-name")).stream().map(WebElement::getText).toList();
        assertTrue(names.containsAll(List.of("会议现场.jpg", "MTXX_MH20240126_153208206(2).png")), names.toString());

        browser.click(By.id("article:publish"));
        assertTrue(page.findElements(By.cssSelector(".ui-messages-error")).stream().noneMatch(WebElement::isDisplayed),
                "no conflict with the uploads");
        assertEquals("Published", browser.find(By.id("articleStatus")).getText());
        String address = browser.find(By.id("publicLink")).getAttribute("href");
        browser.open(address.replace(Browser.baseUrl(), ""));
        assertEquals("Browser test activity", browser.find(By.cssSelector("h1.article-heading")).getText());
        assertEquals(2, page.findElements(By.cssSelector(".photo-gallery img.photo-thumbnail")).size());
    }

    @Test
    void aScheduledArticleAppearsByItselfAtItsTime() {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/articles/edit.xhtml");
        LocalDateTime due = ArticleEditor.fillScheduled(browser, "Scheduled browser article", "scheduled-browser-article",
                Duration.ofSeconds(30));
        ArticleEditor.saveNew(browser, "article:schedule");
        assertEquals("Scheduled", browser.find(By.id("articleStatus")).getText());
        String path = String.format("/en/activities/%1$tY/%1$tm/%1$td/scheduled-browser-article", due);
        assertEquals(404, Http.get(path).statusCode(), "not before its time");

        long deadline = System.currentTimeMillis() + 90_000;
        int status = 404;
        while (status != 200 && System.currentTimeMillis() < deadline) {
            sleep(2000);
            status = Http.get(path).statusCode();
        }
        assertEquals(200, status, "published by itself");
        assertTrue(Http.get("/en/activities").body().contains("Scheduled browser article"), "and listed");
    }

    @Test
    void staffRegisterApproveAndSuspendMembersAndEveryStepIsAudited() {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/members/edit.xhtml?kind=INDIVIDUAL");
        page.findElement(By.id("member:name")).sendKeys("浏览器测试");
        page.findElement(By.id("member:nameEn")).sendKeys("Browser Test");
        page.findElement(By.id("member:email")).sendKeys("not an email");
        browser.choose("member:newStatus", "Applicants");
        browser.click(By.id("member:save"));
        assertTrue(page.getPageSource().contains("must be a well-formed email address")
                || !page.findElements(By.cssSelector(".ui-messages-error")).isEmpty(), "a bad email is refused");
        WebElement email = page.findElement(By.id("member:email"));
        email.clear();
        email.sendKeys("browser.test@example.org");
        browser.click(By.id("member:save"));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("edit.xhtml?id=") ? Boolean.TRUE : null);
        assertEquals("Applicants", browser.find(By.id("memberStatus")).getText());

        page.findElement(By.id("member:specialty")).sendKeys("急诊医学");
        page.findElement(By.id("member:reason")).sendKeys("specialty added");
        browser.click(By.id("member:save"));

        act(page, "APPROVE", "approved by the council");
        assertEquals("Active", browser.find(By.id("memberStatus")).getText());
        assertTrue(page.findElement(By.id("memberNumber")).getText().matches("M[0-9]{6}"));
        act(page, "SUSPEND", "dues unpaid");
        assertEquals("Suspended", browser.find(By.id("memberStatus")).getText());

        browser.open(page.getCurrentUrl().replace(Browser.baseUrl(), ""));
        String history = page.findElement(By.cssSelector("table.audit")).getText();
        for (String expected : List.of("created", "updated", "specialty", "specialty added", "approve", "approved by the council",
                "suspend", "dues unpaid", "admin")) {
            assertTrue(history.contains(expected), expected + " in\n" + history);
        }
    }

    @Test
    void theSecondOfTwoStaffSavingTheSameMemberIsToldAndLosesNothingOfTheFirst() {
        WebDriver mine = StaffLogin.signInAsAdmin(browser);
        WebDriver theirs = StaffLogin.signInAsAdmin(colleague);
        browser.open("/admin/members/?status=ACTIVE");
        String edit = browser.find(By.cssSelector("a.member-name")).getAttribute("href").replace(Browser.baseUrl(), "");
        browser.open(edit);
        colleague.open(edit);

        BrowserSession.retype(theirs.findElement(By.id("member:employer")), "第一位的修改");
        colleague.click(By.id("member:save"));
        BrowserSession.retype(mine.findElement(By.id("member:employer")), "第二位的修改");
        browser.click(By.id("member:save"));
        assertTrue(browser.find(By.id("member:conflict")).isDisplayed(), "the second is told");

        browser.click(By.id("member:reload"));
        assertEquals("第一位的修改", mine.findElement(By.id("member:employer")).getAttribute("value"), "the first's change stands");
    }

    @Test
    void anImportPreviewsEveryRowCommitsTheValidOnesAndCanBeReverted() throws IOException {
        Path file = files.resolve("members.csv");
        Files.writeString(file, String.join("\n",
                "kind,name,licence_number,email",
                "个人,导入测试甲,110510188800001,jia@example.org",
                "个人,导入测试乙,110510188800002,yi@example.org",
                "INDIVIDUAL,导入测试丙,110510188800003,bing@example.org",
                "个人,导入测试错一,110510188800004,not-an-email",
                "机器人,导入测试错二,110510188800005,er@example.org") + "\n", StandardCharsets.UTF_8);
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/members/import.xhtml");
        browser.find(By.cssSelector("#upload\\:file_input")).sendKeys(file.toString());
        browser.waitUntil(driver -> !driver.findElements(By.id("count-NEW")).isEmpty() ? Boolean.TRUE : null);
        assertTrue(page.findElement(By.id("count-NEW")).getText().contains("3"), page.findElement(By.id("count-NEW")).getText());
        assertTrue(page.findElement(By.id("count-ERROR")).getText().contains("2"));
        List<String> shown = page.findElements(By.cssSelector("#preview\\:rows tbody tr")).stream().map(WebElement::getText).toList();
        assertEquals(2, shown.size(), "the problem rows first: " + shown);
        assertTrue(shown.get(0).contains("导入测试错一") && shown.get(1).contains("导入测试错二"), shown.toString());

        browser.click(By.id("preview:commit"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".ui-messages-info")).isEmpty() ? Boolean.TRUE : null);
        assertEquals(3, memberRows(page, "导入测试").size());

        browser.open("/admin/members/import.xhtml");
        browser.find(By.id("recent:revertReason")).sendKeys("wrong file");
        browser.click(By.cssSelector("#recent\\:batches button[id$='revert']"));
        assertEquals(0, memberRows(page, "导入测试").size(), "the batch is gone again");
    }

    @Test
    void exportsHoldWhatTheTableShowsWithChineseNamesIntact() throws IOException {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        String session = "JSESSIONID=" + page.manage().getCookieNamed("JSESSIONID").getValue();
        String filter = "&text=" + URLEncoder.encode("赵", StandardCharsets.UTF_8);
        HttpResponse<byte[]> csv = Http.getBytes("/admin/members/export?format=csv" + filter, "Cookie", session);
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte order mark for Excel");
        assertTrue(text.contains("赵聪"), text);
        assertFalse(text.contains("程敏"), "only what the filter finds");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));

        HttpResponse<byte[]> xlsx = Http.getBytes("/admin/members/export?format=xlsx" + filter, "Cookie", session);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
            assertTrue(cells.toString().contains("赵聪"), cells.toString());
        }
    }

    private void act(WebDriver page, String action, String reason) {
        browser.click(By.cssSelector("button.action-" + action));
        browser.waitUntil(driver -> driver.findElement(By.id("member:actionReason")).isDisplayed() ? Boolean.TRUE : null);
        page.findElement(By.id("member:actionReason")).sendKeys(reason);
        browser.click(By.id("member:confirmAction"));
    }

    private List<WebElement> memberRows(WebDriver page, String name) {
        browser.open("/admin/members/");
        browser.find(By.id("members:text")).sendKeys(name);
        browser.click(By.id("members:apply"));
        return page.findElements(By.cssSelector("#members\\:table a.member-name"));
    }

    private Path photo(String name, Color color) throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 800, 600);
        graphics.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpg", file.toFile());
        return file;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
