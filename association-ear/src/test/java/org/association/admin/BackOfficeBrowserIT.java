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
import org.association.testing.MemberEditor;
import org.association.testing.MemberImport;
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
import org.openqa.selenium.Keys;
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
        ArticleEditor editor = ArticleEditor.openNew(browser).fill("Browser test activity", "browser-test-activity");
        editor.saveNewDraft();

        Path first = photo("会议现场.jpg", Color.ORANGE);
        Path second = photo("MTXX_MH20240126_153208206(2).png", Color.CYAN);
        editor.upload(first, second);
        List<String> names = editor.attachmentNames();
        assertTrue(names.containsAll(List.of("会议现场.jpg", "MTXX_MH20240126_153208206(2).png")), names.toString());

        editor.publish();
        assertTrue(editor.refusedNothing(), "no conflict with the uploads");
        assertEquals("Published", editor.status());
        browser.open(editor.publicLink().replace(Browser.baseUrl(), ""));
        assertEquals("Browser test activity", browser.find(By.cssSelector("h1.article-heading")).getText());
        assertEquals(2, page.findElements(By.cssSelector(".photo-gallery img.photo-thumbnail")).size());
    }

    @Test
    void everyImageOfATextTheEditorAcceptedIsShownOnThePublicPage() throws IOException {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        ArticleEditor editor = draftWithPhoto("Images in the text", "images-in-the-text", photo("插图.png", Color.GREEN));
        editor.insertFirstImage();
        // and a picture of another site, as pasting from a web page puts it into the editor
        ((JavascriptExecutor) page).executeScript("var quill = PrimeFaces.getWidgetById('article:body').editor;"
                + " quill.clipboard.dangerouslyPasteHTML(quill.getLength(),"
                + " '<p><img src=\"https://example.org/elsewhere.png\" alt=\"elsewhere\"></p>');");
        editor.publish();
        assertEquals("Published", editor.status());

        browser.open(editor.publicLink().replace(Browser.baseUrl(), ""));
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
    void staffAddADepartmentThenAppointItsHeadAndEndTheAppointment() {
        Fixtures.FixtureMember head = Fixtures.member("科室主任测试");
        StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/organization/?hl=en");
        browser.click(By.id("departments:addDepartment"));
        browser.waitUntil(driver -> driver.findElement(By.id("department:code")).isDisplayed() ? Boolean.TRUE : null);
        browser.find(By.id("department:code")).sendKeys("BROWSER");
        browser.find(By.id("department:nameZh")).sendKeys("浏览器测试部");
        browser.find(By.id("department:nameEn")).sendKeys("Browser Test Department");
        browser.click(By.id("department:save"));
        By links = By.cssSelector("#departments\\:tree .department-link");
        WebElement department = browser.waitUntil(driver -> driver.findElements(links)
                .stream().filter(link -> link.getText().contains("浏览器测试部")).findFirst().orElse(null));

        browser.click(department);
        assertTrue(browser.find(By.id("appointmentsHeading")).getText().contains("浏览器测试部"));
        browser.click(By.id("appointments:appoint"));
        browser.waitUntil(driver -> driver.findElement(By.id("appointment:holder_input")).isDisplayed() ? Boolean.TRUE : null);
        WebElement holder = browser.find(By.id("appointment:holder_input"));
        holder.sendKeys(head.number());
        // the suggestions come, then go, so that they cover nothing below
        browser.waitUntil(driver -> driver.findElement(By.id("appointment:holder_panel")).isDisplayed() ? Boolean.TRUE : null);
        holder.sendKeys(Keys.ESCAPE);
        browser.find(By.id("appointment:decidedBy")).sendKeys("council decision 7");
        browser.click(By.id("appointment:save"));
        browser.waitUntil(driver -> driver.findElement(By.id("appointments:list")).getText().contains("科室主任测试") ? true : null);
        assertTrue(browser.find(By.id("appointments:held")).getText().contains("科室主任测试"), "holding the post today");

        browser.click(By.cssSelector("#appointments\\:list button[id$='end']"));
        browser.waitUntil(driver -> driver.findElement(By.id("endForm:confirm")).isDisplayed() ? Boolean.TRUE : null);
        // the last day's calendar, open since the dialog focused its field, would take the click meant for the button
        browser.find(By.id("endForm:lastDay_input")).sendKeys(Keys.ESCAPE);
        browser.find(By.id("endForm:reason")).sendKeys("term over");
        // by script: the calendar's closing animation may still lie over the button
        browser.clickByScript(browser.find(By.id("endForm:confirm")));
        browser.waitForAjax();
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#appointments\\:list button[id$='end']")).isEmpty()
                ? Boolean.TRUE : null);
        assertTrue(browser.find(By.id("appointments:list")).getText().contains("council decision 7"),
                "the appointment stays listed");
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
                + " the training plan for general practitioners and the shared records of the High-tech Zone"
                + " for the coming year");
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
        MemberEditor editor = MemberEditor.open(browser, "/admin/members/edit.xhtml?id=" + member.id() + "&hl=en");
        assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("语言切换测试", editor.name(), "the address keeps the member");

        browser.submit(By.cssSelector("a.admin-language"));
        assertTrue(page.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh"), "in Chinese now");
        assertTrue(page.getCurrentUrl().endsWith("/admin/members/edit.xhtml?id=" + member.id()), page.getCurrentUrl());
        assertEquals("语言切换测试", editor.name(), "still the same member");
        assertEquals(member.number(), editor.number());

        browser.submit(By.cssSelector("a.admin-language"));
        assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("语言切换测试", editor.name(), "and back");
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
        MemberImport upload = MemberImport.open(browser);
        // the page's indicator is watched from inside the page, so that no moment of it is missed
        ((JavascriptExecutor) page).executeScript("window.sawBusy = ''; setInterval(function () {"
                + " var busy = document.querySelector('.busy');"
                + " if (busy && busy.getClientRects().length > 0 && busy.textContent.trim()) {"
                + " window.sawBusy = busy.textContent.trim(); }"
                + " }, 20);");
        browser.slowNetwork(Duration.ofSeconds(1));
        upload.upload(file);
        String busy = (String) ((JavascriptExecutor) page).executeScript("return window.sawBusy;");
        assertTrue(busy.contains("Working on it"), "a progress indicator while the rows were checked: '" + busy + "'");
        assertTrue(page.findElements(By.cssSelector(".busy")).stream().noneMatch(WebElement::isDisplayed), "and none after");
        String outcome = upload.outcome();
        assertTrue(outcome.contains("Checked 4,000 rows: 4,000 new"), outcome);
        assertTrue(upload.count("NEW").contains("4000"), upload.count("NEW"));
        upload.cancel();
    }

    @Test
    void aScheduledArticleAppearsByItselfAtItsTime() {
        StaffLogin.signInAsAdmin(browser);
        ArticleEditor editor = ArticleEditor.openNew(browser);
        LocalDateTime due = editor.fillScheduled("Scheduled browser article", "scheduled-browser-article",
                Duration.ofSeconds(30));
        editor.scheduleNew();
        assertEquals("Scheduled", editor.status());
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
        MemberEditor editor = MemberEditor.openNew(browser, "INDIVIDUAL")
                .typeName("浏览器测试").typeNameEn("Browser Test").retypeEmail("not an email").chooseNewStatus("Applicants");
        editor.save();
        assertTrue(page.getPageSource().contains("must be a well-formed email address")
                || !page.findElements(By.cssSelector(".ui-messages-error")).isEmpty(), "a bad email is refused");
        editor.retypeEmail("browser.test@example.org").saveNew();
        assertEquals("Applicants", editor.status());

        editor.typeSpecialty("急诊医学").typeReason("specialty added").save();

        editor.act("APPROVE", "approved by the council");
        assertEquals("Active", editor.status());
        assertTrue(editor.number().matches("M[0-9]{6}"));
        editor.act("SUSPEND", "dues unpaid");
        assertEquals("Suspended", editor.status());

        String history = MemberEditor.open(browser, page.getCurrentUrl().replace(Browser.baseUrl(), "")).history();
        for (String expected : List.of("created", "updated", "specialty", "specialty added", "approve", "approved by the council",
                "suspend", "dues unpaid", "admin")) {
            assertTrue(history.contains(expected), expected + " in\n" + history);
        }
    }

    @Test
    void theSecondOfTwoStaffSavingTheSameMemberIsToldAndLosesNothingOfTheFirst() {
        StaffLogin.signInAsAdmin(browser);
        StaffLogin.signInAsAdmin(colleague);
        browser.open("/admin/members/?status=ACTIVE");
        String edit = browser.find(By.cssSelector("a.member-name")).getAttribute("href").replace(Browser.baseUrl(), "");
        MemberEditor mine = MemberEditor.open(browser, edit);
        MemberEditor theirs = MemberEditor.open(colleague, edit);

        theirs.retypeEmployer("第一位的修改").save();
        mine.retypeEmployer("第二位的修改").save();
        assertTrue(mine.conflictShown(), "the second is told");

        mine.reload();
        assertEquals("第一位的修改", mine.employer(), "the first's change stands");
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
        MemberImport upload = MemberImport.open(browser).upload(file);
        assertTrue(upload.count("NEW").contains("3"), upload.count("NEW"));
        assertTrue(upload.count("ERROR").contains("2"));
        List<String> shown = upload.shownRows();
        assertEquals(2, shown.size(), "the problem rows first: " + shown);
        assertTrue(shown.get(0).contains("导入测试错一") && shown.get(1).contains("导入测试错二"), shown.toString());

        upload.commit();
        assertEquals(3, memberRows(page, "导入测试").size());

        MemberImport.open(browser).revertLatest("wrong file");
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

    private List<WebElement> memberRows(WebDriver page, String name) {
        browser.open("/admin/members/");
        browser.find(By.id("members:text")).sendKeys(name);
        browser.click(By.id("members:apply"));
        return page.findElements(By.cssSelector("#members\\:table a.member-name"));
    }

    /** Saves a new draft in the editor and uploads the photo to it; the editor stays open. */
    private ArticleEditor draftWithPhoto(String title, String slug, Path photo) {
        ArticleEditor editor = ArticleEditor.openNew(browser).fill(title, slug);
        editor.saveNewDraft();
        editor.upload(photo);
        return editor;
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
