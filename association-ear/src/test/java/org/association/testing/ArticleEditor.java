package org.association.testing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
     * and, when given, the add-time.
     */
    public static void fill(BrowserSession browser, String title, String slug, LocalDateTime addTime) {
        WebDriver page = browser.driver();
        browser.find(By.id("article:title")).sendKeys(title);
        BrowserSession.retype(page.findElement(By.id("article:slug")), slug);
        browser.choose("article:channel", "Activities");
        browser.choose("article:language", "English");
        if (addTime != null) {
            WebElement time = page.findElement(By.id("article:publishedAt_input"));
            time.clear();
            time.sendKeys(addTime.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            time.sendKeys(Keys.ESCAPE);
            page.findElement(By.id("article:title")).click();
        }
        WebElement editor = page.findElement(By.cssSelector("#article\\:body .ql-editor"));
        browser.clickByScript(editor);
        editor.sendKeys("The text of " + title + ".");
    }
}
