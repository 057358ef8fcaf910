package org.association.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The article editor of the back office as a page object. */
public final class ArticleEditor extends PageObject {

    /** The association's zone (the server's association.timezone), in which add-times are typed. */
    private static final ZoneId ASSOCIATION = ZoneId.of("Asia/Shanghai");

    @FindBy(id = "article:title")
    private WebElement title;

    @FindBy(id = "article:slug")
    private WebElement slug;

    @FindBy(css = "#article\\:body .ql-editor")
    private WebElement body;

    @FindBy(id = "article:publishedAt_input")
    private WebElement addTime;

    @FindBy(id = "article:saveDraft")
    private WebElement saveDraft;

    @FindBy(id = "article:publish")
    private WebElement publish;

    @FindBy(id = "article:schedule")
    private WebElement schedule;

    @FindBy(id = "articleStatus")
    private WebElement status;

    @FindBy(id = "publicLink")
    private WebElement publicLink;

    @FindBy(css = "#upload\\:files_input")
    private WebElement files;

    @FindBy(css = "#attachments\\:list .file-name")
    private List<WebElement> attachments;

    @FindBy(css = "#attachments\\:list button[id$='insert']")
    private WebElement insertImage;

    @FindBy(css = ".ui-messages-error, .ui-message-error")
    private List<WebElement> errors;

    private ArticleEditor(BrowserSession browser) {
        super(browser);
    }

    /** Opens the editor on a new article. */
    public static ArticleEditor openNew(BrowserSession browser) {
        browser.open("/admin/articles/edit.xhtml");
        return new ArticleEditor(browser);
    }

    /** The editor the browser shows now, say one opened by another address. */
    public static ArticleEditor shown(BrowserSession browser) {
        return new ArticleEditor(browser);
    }

    /** Fills the open editor with an English article in Service > Activities: title, address name and text. */
    public ArticleEditor fill(String text, String addressName) {
        browser.waitUntil(driver -> title.isDisplayed() ? Boolean.TRUE : null);
        title.sendKeys(text);
        BrowserSession.retype(slug, addressName);
        browser.choose("article:channel", "Activities");
        browser.choose("article:language", "English");
        browser.clickByScript(body);
        body.sendKeys("The text of " + text + ".");
        return this;
    }

    /**
     * Fills the editor as {@link #fill} does, then types an add-time {@code ahead} of now in the association's zone and
     * answers it. The time is taken just before it is typed, so a slow browser filling the rest eats none of it.
     */
    public LocalDateTime fillScheduled(String text, String addressName, Duration ahead) {
        fill(text, addressName);
        LocalDateTime due = LocalDateTime.now(ASSOCIATION).plus(ahead).withNano(0);
        String typed = due.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        // typed over the selected old time: clearing the field first makes the date picker put the old time back
        addTime.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        browser.waitUntil(driver -> typed.equals(addTime.getAttribute("value")) ? Boolean.TRUE : null);
        addTime.sendKeys(Keys.ESCAPE);
        title.click();
        // the picker's panel, over the buttons, does not always close on a click outside it: closed by its widget
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById('article:publishedAt').hide();");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".ui-datepicker")).stream()
                .noneMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
        return due;
    }

    /** Saves a new article as a draft and answers its id; see {@link #saveNew}. */
    public long saveNewDraft() {
        return saveNew(saveDraft);
    }

    /** Saves a new article to be published at its add-time and answers its id; see {@link #saveNew}. */
    public long scheduleNew() {
        return saveNew(schedule);
    }

    /**
     * Saves a new article with one of the editor's buttons and answers its id, from the address the editor
     * moves to. A refused save fails with the messages the page shows, so the cause is in the test report.
     */
    private long saveNew(WebElement button) {
        browser.click(button);
        String shown = browser.waitUntil(driver -> {
            if (driver.getCurrentUrl().contains("edit.xhtml?id=")) {
                return "";
            }
            String refusals = errors.stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                    .collect(Collectors.joining("; "));
            return refusals.isEmpty() ? null : refusals;
        });
        if (!shown.isEmpty()) {
            throw new AssertionError("the editor refused the article: " + shown);
        }
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public void publish() {
        browser.click(publish);
    }

    /** Whether the page shows no error, after the last save. */
    public boolean refusedNothing() {
        return errors.stream().noneMatch(WebElement::isDisplayed);
    }

    /** The status the editor shows, in the page's language. */
    public String status() {
        return browser.waitUntil(driver -> status.getText());
    }

    /** The whole address of the published article, as the editor links it. */
    public String publicLink() {
        return browser.waitUntil(driver -> publicLink.getAttribute("href"));
    }

    /** Uploads files to the saved article and waits until the list of attachments shows them all. */
    public void upload(Path... photos) {
        int before = attachments.size();
        files.sendKeys(Arrays.stream(photos).map(Path::toString).collect(Collectors.joining("\n")));
        browser.waitUntil(driver -> attachments.size() == before + photos.length ? Boolean.TRUE : null);
    }

    /** The file names of the attachments, as listed. */
    public List<String> attachmentNames() {
        return attachments.stream().map(WebElement::getText).toList();
    }

    /** Inserts the first attached image into the text. */
    public void insertFirstImage() {
        long before = imagesInText();
        browser.click(insertImage);
        // the editor puts the image in once the ajax answer is there, which may be after the answer has been waited for
        browser.waitUntil(driver -> imagesInText() > before ? Boolean.TRUE : null);
    }

    private long imagesInText() {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return PrimeFaces.getWidgetById('article:body').editor.root.querySelectorAll('img').length;");
    }

    public void retitle(String text) {
        BrowserSession.retype(title, text);
    }
}
