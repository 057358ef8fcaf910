package org.association.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The member editor of the back office as a page object: the register's fields, saving, and the status actions. */
public final class MemberEditor extends PageObject {

    @FindBy(id = "member:name")
    private WebElement name;

    @FindBy(id = "member:nameEn")
    private WebElement nameEn;

    @FindBy(id = "member:email")
    private WebElement email;

    @FindBy(id = "member:specialty")
    private WebElement specialty;

    @FindBy(id = "member:employer")
    private WebElement employer;

    @FindBy(id = "member:reason")
    private WebElement reason;

    @FindBy(id = "member:save")
    private WebElement save;

    @FindBy(id = "member:reload")
    private WebElement reload;

    @FindBy(id = "member:actionReason")
    private WebElement actionReason;

    @FindBy(id = "member:confirmAction")
    private WebElement confirmAction;

    @FindBy(id = "memberStatus")
    private WebElement status;

    @FindBy(id = "memberNumber")
    private WebElement number;

    @FindBy(id = "consentText")
    private WebElement consent;

    @FindBy(id = "member:consentChange")
    private WebElement consentChange;

    private MemberEditor(BrowserSession browser) {
        super(browser);
    }

    /** Opens the editor at a path of the site, say "/admin/members/edit.xhtml?id=12&amp;hl=en". */
    public static MemberEditor open(BrowserSession browser, String path) {
        browser.open(path);
        return new MemberEditor(browser);
    }

    /** Opens the editor on a new member of a kind: INDIVIDUAL or INSTITUTION. */
    public static MemberEditor openNew(BrowserSession browser, String kind) {
        return open(browser, "/admin/members/edit.xhtml?kind=" + kind);
    }

    /** The editor the browser shows now, say after a switch of language. */
    public static MemberEditor shown(BrowserSession browser) {
        return new MemberEditor(browser);
    }

    public MemberEditor typeName(String text) {
        name.sendKeys(text);
        return this;
    }

    public MemberEditor typeNameEn(String text) {
        nameEn.sendKeys(text);
        return this;
    }

    public MemberEditor typeSpecialty(String text) {
        specialty.sendKeys(text);
        return this;
    }

    public MemberEditor typeReason(String text) {
        reason.sendKeys(text);
        return this;
    }

    /** Replaces the email address. */
    public MemberEditor retypeEmail(String text) {
        BrowserSession.retype(email, text);
        return this;
    }

    /** Replaces the employer. */
    public MemberEditor retypeEmployer(String text) {
        BrowserSession.retype(employer, text);
        return this;
    }

    /** Chooses the status of a new member by its label. */
    public MemberEditor chooseNewStatus(String label) {
        browser.choose("member:newStatus", label);
        return this;
    }

    public void save() {
        browser.click(save);
    }

    /** Saves a new member and waits for the editor to move to the member's own address. */
    public void saveNew() {
        save();
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("edit.xhtml?id=") ? Boolean.TRUE : null);
    }

    /** Takes a status action (APPROVE, SUSPEND, ...) with its reason, through the action's dialog. */
    public void act(String action, String why) {
        browser.click(By.cssSelector("button.action-" + action));
        browser.waitUntil(driver -> actionReason.isDisplayed() ? Boolean.TRUE : null);
        actionReason.sendKeys(why);
        browser.click(confirmAction);
    }

    public boolean conflictShown() {
        return browser.find(By.id("member:conflict")).isDisplayed();
    }

    /** Throws away the page's copy for the member as stored now. */
    public void reload() {
        browser.click(reload);
    }

    public String name() {
        return browser.waitUntil(driver -> name.getAttribute("value"));
    }

    public String employer() {
        return employer.getAttribute("value");
    }

    /** The status as the editor shows it, in the page's language. */
    public String status() {
        return browser.waitUntil(driver -> status.getText());
    }

    public String number() {
        return browser.waitUntil(driver -> number.getText());
    }

    /** What the page says of the member's notices by mail. */
    public String noticeConsent() {
        return browser.waitUntil(driver -> consent.getText());
    }

    /** Switches the member's notices by mail on or off; answers what the page says then. */
    public String switchNoticeConsent() {
        String before = noticeConsent();
        browser.click(consentChange);
        return browser.waitUntil(driver -> before.equals(consent.getText()) ? null : consent.getText());
    }

    /** The member's history, as the table under the form reads once the page holds it. */
    public String history() {
        return browser.find(By.cssSelector("table.audit")).getText();
    }
}
