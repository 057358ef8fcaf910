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
import org.association.testing.Accessibility;
import org.association.testing.ArticleEditor;
import org.association.testing.Browser;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
    void everyImageOfATextTheEditorAcceptedIsShownOnThePublicPage() throws IOException {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        draftWithPhoto("Images in the text", "images-in-the-text", photo("插图.png", Color.GREEN));
        browser.click(By.cssSelector("#attachments\\:list button[id$='insert']"));
        // and a picture of another site, as pasting from a web page puts it into the editor
        ((JavascriptExecutor) page).executeScript("var quill = PrimeFaces.getWidgetById('article:body').editor;"
                + " quill.clipboard.dangerouslyPasteHTML(quill.getLength(),"
                + " '<p><img src=\"https://example.org/elsewhere.png\" alt=\"elsewhere\"></p>');");
        browser.click(By.id("article:publish"));
        assertEquals("Published", browser.find(By.id("articleStatus")).getText());

        browser.open(browser.find(By.id("publicLink")).getAttribute("href").replace(Browser.baseUrl(), ""));
        List<WebElement> images = browser.find(By.cssSelector(".article-body")).findElements(By.tagName("img"));
        JavascriptExecutor script = (JavascriptExecutor) page;
        for (WebElement image : images) {
            browser.waitUntil(driver -> (Boolean) script.executeScript("return arguments[0].complete;", image) ? true : null);
            long width = (Long) script.executeScript("return arguments[0].naturalWidth;", image);
            assertTrue(width > 0, "the browser shows " + image.getAttribute("src"));
        }
        assertEquals(1, images.size(), "the uploaded image, and not the other site's");
    }

    @Test
    void theArticleEditorLabelsEveryField() throws IOException {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        draftWithPhoto("Labelled fields", "labelled-fields", photo("labelled.png", Color.BLUE));
        assertEquals(List.of(), Accessibility.violationsOf(page, List.of("label")), "the editor with a photo's caption");
    }

    @Test
    void theAppointmentsLabelEveryField() {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/organization/");
        browser.find(By.id("appointments:heldOn_input"));
        assertEquals(List.of(), Accessibility.violationsOf(page, List.of("label")), "the appointments");
    }

    @Test
    void theBackOfficeNamesItsCharsetFirst() {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        String session = "JSESSIONID=" + page.manage().getCookieNamed("JSESSIONID").getValue();
        byte[] body = Http.getBytes("/admin/members/import.xhtml", "Cookie", session).body();
        String start = new String(body, 0, Math.min(1024, body.length), StandardCharsets.UTF_8);
        assertTrue(start.contains("<meta charset=\"UTF-8\""), "the charset in the first 1024 bytes: " + start);
    }

    @Test
    void theTranslationFieldStaysOnAPageOf1366Pixels() {
        long english = Fixtures.article("activities", "long-translation-title", "PUBLISHED");
        Fixtures.retitle(english, "The association's council met with the directors of every member hospital to agree on"
                + " the training plan for general practitioners and the shared records of the High-tech Zone for the coming year");
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        page.manage().window().setSize(new Dimension(1366, 768));
        browser.open("/admin/articles/edit.xhtml");
        browser.choose("article:language", "Chinese");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#article\\:translation_input option")).size() > 1
                ? true : null);
        JavascriptExecutor script = (JavascriptExecutor) page;
        long viewport = (Long) script.executeScript("return document.documentElement.clientWidth;");
        double right = ((Number) script.executeScript(
                "return document.getElementById('article:translation').getBoundingClientRect().right;")).doubleValue();
        assertTrue(viewport <= 1366 && viewport > 1200, "the viewport: " + viewport);
        assertTrue(right <= viewport, "the translation field ends at " + right + " px, the page at " + viewport);
        long pageWidth = (Long) script.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth <= viewport, "nothing runs off to the right: " + pageWidth + " > " + viewport);
    }

    @Test
    void theLanguageSwitchKeepsTheMemberBeingEdited() {
        Fixtures.FixtureMember member = Fixtures.member("语言切换测试");
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/members/edit.xhtml?id=" + member.id() + "&hl=en");
        assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("语言切换测试", browser.find(By.id("member:name")).getAttribute("value"), "the address keeps the member");

        browser.submit(By.cssSelector("a.admin-language"));
        assertTrue(page.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh"), "in Chinese now");
        assertTrue(page.getCurrentUrl().endsWith("/admin/members/edit.xhtml?id=" + member.id()), page.getCurrentUrl());
        assertEquals("语言切换测试", page.findElement(By.id("member:name")).getAttribute("value"), "still the same member");
        assertEquals(member.number(), browser.find(By.id("memberNumber")).getText());

        browser.submit(By.cssSelector("a.admin-language"));
        assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("语言切换测试", page.findElement(By.id("member:name")).getAttribute("value"), "and back");
    }

    @Test
    void anImportPreviewShowsThatItIsUnderWayThenWhatItFound() throws IOException {
        int count = 4000;
        StringBuilder csv = new StringBuilder("kind,name,licence_number,email\n");
        for (int i = 1; i <= count; i++) {
            csv.append(String.format("个人,进度测试%1$d,1105101977%1$05d,progress%1$d@example.org%n", i));
        }
        Path file = files.resolve("many-members.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/members/import.xhtml");
        // the page's indicator is watched from inside the page, so that no moment of it is missed
        ((JavascriptExecutor) page).executeScript("window.sawBusy = ''; setInterval(function () {"
                + " var busy = document.querySelector('.busy');"
                + " if (busy && busy.getClientRects().length > 0 && busy.textContent.trim()) {"
                + " window.sawBusy = busy.textContent.trim(); }"
                + " }, 20);");
        browser.slowNetwork(Duration.ofSeconds(1));
        browser.find(By.cssSelector("#upload\\:file_input")).sendKeys(file.toString());
        browser.waitUntil(driver -> !driver.findElements(By.id("count-NEW")).isEmpty() ? Boolean.TRUE : null);
        String busy = (String) ((JavascriptExecutor) page).executeScript("return window.sawBusy;");
        assertTrue(busy.contains("Working on it"), "a progress indicator while the rows were checked: '" + busy + "'");
        assertTrue(page.findElements(By.cssSelector(".busy")).stream().noneMatch(WebElement::isDisplayed), "and none after");
        String outcome = browser.find(By.cssSelector("#messages .ui-messages-info-summary")).getText();
        assertTrue(outcome.contains("Checked 4,000 rows: 4,000 new"), outcome);
        assertTrue(page.findElement(By.id("count-NEW")).getText().contains("4000"), page.findElement(By.id("count-NEW")).getText());
        browser.click(By.id("preview:cancel"));
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

    /** Saves a new draft in the editor and uploads the photo to it; the editor stays open. */
    private void draftWithPhoto(String title, String slug, Path photo) {
        browser.open("/admin/articles/edit.xhtml");
        ArticleEditor.fill(browser, title, slug);
        ArticleEditor.saveNew(browser, "article:saveDraft");
        browser.find(By.cssSelector("#upload\\:files_input")).sendKeys(photo.toString());
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#attachments\\:list .file-name")).size() == 1
                ? Boolean.TRUE : null);
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
