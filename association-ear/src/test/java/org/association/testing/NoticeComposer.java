package org.association.testing;

import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The back office's page that writes and sends a notice to a segment of the members, as a page object. */
public final class NoticeComposer extends PageObject {

    @FindBy(id = "notice:subjectZh")
    private WebElement subjectZh;

    @FindBy(css = "#notice\\:bodyZh .ql-editor")
    private WebElement bodyZh;

    @FindBy(id = "notice:specialty")
    private WebElement specialty;

    @FindBy(id = "notice:count")
    private WebElement count;

    @FindBy(id = "recipientCount")
    private WebElement recipientCount;

    @FindBy(css = "#sample li")
    private List<WebElement> sample;

    @FindBy(id = "notice:sendTest")
    private WebElement sendTest;

    @FindBy(id = "notice:send")
    private WebElement send;

    @FindBy(id = "noticeStatus")
    private WebElement status;

    private NoticeComposer(BrowserSession browser) {
        super(browser);
    }

    public static NoticeComposer openNew(BrowserSession browser) {
        browser.open("/admin/mail/notice.xhtml");
        return new NoticeComposer(browser);
    }

    /** Writes the Chinese text of the notice, to the members whose specialty contains {@code specialtyPart}. */
    public NoticeComposer write(String subject, String text, String specialtyPart) {
        browser.waitUntil(driver -> subjectZh.isDisplayed() ? Boolean.TRUE : null);
        subjectZh.sendKeys(subject);
        browser.clickByScript(bodyZh);
        bodyZh.sendKeys(text);
        specialty.sendKeys(specialtyPart);
        return this;
    }

    /** Counts the segment; answers the count's line and the sample's names. */
    public List<String> countRecipients() {
        browser.click(count);
        String line = browser.waitUntil(driver -> recipientCount.getText());
        return Stream.concat(Stream.of(line), sample.stream().map(WebElement::getText))
                .toList();
    }

    public void sendTestToMyself() {
        browser.click(sendTest);
    }

    /** Sends the notice; answers the status the page shows then. */
    public String send() {
        browser.click(send);
        return browser.waitUntil(driver -> status.getText().isEmpty() ? null : status.getText());
    }
}
