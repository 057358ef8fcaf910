package org.association.testing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The article editor of the back office as a page object. */
public final class ArticleEditor {

    /** The association's zone (the server's association.timezone), in which add-times are typed. */
    private static final ZoneId ASSOCIATION = ZoneId.of("Asia/Shanghai");

    private ArticleEditor() {
    }

    /** Fills the open editor with an English article in Service > Activities: title, address name and text. */
    public static void fill(BrowserSession browser, String title, String slug) {
        WebDriver page = browser.driver();
        browser.find(By.id("article:title")).sendKeys(title);
        BrowserSession.retype(page.findElement(By.id("article:slug")), slug);
        browser.choose("article:channel", "Activities");
        browser.choose("article:language", "English");
        WebElement editor = page.findElement(By.cssSelector("#article\\:body .ql-editor"));
        browser.clickByScript(editor);
        editor.sendKeys("The text of " + title + ".");
    }

    /**
     * Fills the editor as {@link #fill} does, then types an add-time {@code ahead} of now in the association's zone and
     * answers it. The time is taken just before it is typed, so a slow browser filling the rest eats none of it.
     */
    public static LocalDateTime fillScheduled(BrowserSession browser, String title, String slug, Duration ahead) {
        fill(browser, title, slug);
        WebDriver page = browser.driver();
        LocalDateTime addTime = LocalDateTime.now(ASSOCIATION).plus(ahead).withNano(0);
        WebElement time = page.findElement(By.id("article:publishedAt_input"));
        time.clear();
        time.sendKeys(addTime.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        time.sendKeys(Keys.ESCAPE);
        page.findElement(By.id("article:title")).click();
        return addTime;
    }

    /**
     * Saves a new article with one of the editor's buttons and answers its id, from the address the editor
     * moves to. A refused save fails with the messages the page shows, so the cause is in the test report.
     */
    public static long saveNew(BrowserSession browser, String button) {
        browser.click(By.id(button));
        String shown = browser.waitUntil(driver -> {
            if (driver.getCurrentUrl().contains("edit.xhtml?id=")) {
                return "";
            }
            String errors = driver.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).collect(Collectors.joining("; "));
            return errors.isEmpty() ? null : errors;
        });
        if (!shown.isEmpty()) {
            throw new AssertionError("the editor refused the article: " + shown);
        }
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
