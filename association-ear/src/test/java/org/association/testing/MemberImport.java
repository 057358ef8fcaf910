package org.association.testing;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The member import of the back office as a page object: upload, preview, commit, revert. */
public final class MemberImport extends PageObject {

    @FindBy(css = "#upload\\:file_input")
    private WebElement file;

    @FindBy(css = "#preview\\:rows tbody tr")
    private List<WebElement> rows;

    @FindBy(id = "preview:commit")
    private WebElement commit;

    @FindBy(css = ".ui-confirmdialog-yes")
    private WebElement confirm;

    @FindBy(id = "preview:cancel")
    private WebElement cancel;

    @FindBy(css = "#messages .ui-messages-info-summary")
    private WebElement outcome;

    @FindBy(id = "recent:revertReason")
    private WebElement revertReason;

    @FindBy(css = "#recent\\:batches button[id$='revert']")
    private WebElement revertLatest;

    private MemberImport(BrowserSession browser) {
        super(browser);
    }

    public static MemberImport open(BrowserSession browser) {
        browser.open("/admin/members/import.xhtml");
        return new MemberImport(browser);
    }

    /** Uploads a file and waits for its preview. */
    public MemberImport upload(Path members) {
        file.sendKeys(members.toString());
        browser.waitUntil(driver -> !driver.findElements(By.id("count-NEW")).isEmpty() ? Boolean.TRUE : null);
        return this;
    }

    /** The card of an outcome of the preview (NEW, UPDATE, UNCHANGED, ERROR): its label and count. */
    public String count(String outcome) {
        return browser.driver().findElement(By.id("count-" + outcome)).getText();
    }

    /** The rows the preview lists, as read. */
    public List<String> shownRows() {
        return rows.stream().map(WebElement::getText).toList();
    }

    /** What the page said the upload found. */
    public String outcome() {
        return browser.waitUntil(driver -> outcome.getText());
    }

    /** Commits the previewed batch, says yes when asked, and waits for the page to say it is done. */
    public void commit() {
        browser.click(commit);
        browser.click(confirm);
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".ui-messages-info")).isEmpty() ? Boolean.TRUE : null);
    }

    public void cancel() {
        browser.click(cancel);
    }

    /** Reverts the latest committed batch, for a reason. */
    public void revertLatest(String reason) {
        browser.waitUntil(driver -> revertReason.isDisplayed() ? Boolean.TRUE : null);
        revertReason.sendKeys(reason);
        browser.click(revertLatest);
    }
}
