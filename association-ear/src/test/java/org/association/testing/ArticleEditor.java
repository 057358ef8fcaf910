package org.association.testing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The article editor of the back office as a page object. */
public final class ArticleEditor {

    private ArticleEditor() {
    }

    /**
     * Fills the open editor with an English article in Service > Activities: title, address name, text
     * and, when given, the add-time (typed last).
     */
    public static void fill(BrowserSession browser, String title, String slug, LocalDateTime addTime) {
        WebDriver page = browser.driver();
        browser.find(By.id("article:title")).sendKeys(title);
        BrowserSession.retype(page.findElement(By.id("article:slug")), slug);
        browser.choose("article:channel", "Activities");
        browser.choose("article:language", "English");
        WebElement editor = page.findElement(By.cssSelector("#article\\:body .ql-editor"));
        browser.clickByScript(editor);
        editor.sendKeys("The text of " + title + ".");
        // last, so that a slow browser eats as little as possible of the time left before a scheduled add-time
        if (addTime != null) {
            WebElement time = page.findElement(By.id("article:publishedAt_input"));
            time.clear();
            time.sendKeys(addTime.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            time.sendKeys(Keys.ESCAPE);
            page.findElement(By.id("article:title")).click();
        }
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
