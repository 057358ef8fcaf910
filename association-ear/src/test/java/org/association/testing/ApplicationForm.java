package org.association.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The public site's membership application (/join) as a page object. */
public final class ApplicationForm extends PageObject {

    @FindBy(id = "application:name")
    private WebElement name;

    @FindBy(id = "application:professionalTitle")
    private WebElement professionalTitle;

    @FindBy(id = "application:specialty")
    private WebElement specialty;

    @FindBy(id = "application:licenceNumber")
    private WebElement licenceNumber;

    @FindBy(id = "application:employer")
    private WebElement employer;

    @FindBy(id = "application:email")
    private WebElement email;

    @FindBy(id = "application:phone")
    private WebElement phone;

    @FindBy(css = "#application\\:consent .ui-chkbox-box")
    private WebElement consent;

    @FindBy(css = ".ui-message-error-detail")
    private WebElement firstError;

    @FindBy(id = "application:submit")
    private WebElement submit;

    private ApplicationForm(BrowserSession browser) {
        super(browser);
    }

    /** Opens the form at a path of the site, say "/en/join" or "/join?kind=institution&amp;hl=zh". */
    public static ApplicationForm open(BrowserSession browser, String path) {
        browser.open(path);
        return new ApplicationForm(browser);
    }

    /** Fills the fields of an individual's application (those that are not blank). */
    public ApplicationForm fillIndividual(String fullName, String title, String field, String licence, String hospital,
            String address, String telephone) {
        name.sendKeys(fullName);
        professionalTitle.sendKeys(title);
        specialty.sendKeys(field);
        licenceNumber.sendKeys(licence);
        employer.sendKeys(hospital);
        email.sendKeys(address);
        phone.sendKeys(telephone);
        return this;
    }

    public ApplicationForm retypeLicenceNumber(String text) {
        BrowserSession.retype(licenceNumber, text);
        return this;
    }

    public ApplicationForm retypeEmail(String text) {
        BrowserSession.retype(email, text);
        return this;
    }

    public ApplicationForm agree() {
        consent.click();
        return this;
    }

    /** Sends the form; the browser is on the page the site answered with. */
    public ApplicationForm submit() {
        browser.submit(submit);
        return this;
    }

    /** The message beside a field, by the field's id in the form ("name", "email", ...); "" when there is none. */
    public String message(String field) {
        return browser.driver().findElement(By.id("application:" + field + "-message")).getText();
    }

    /** The first error message the form shows. */
    public String firstError() {
        return firstError.getText();
    }

    public String name() {
        return name.getAttribute("value");
    }
}
