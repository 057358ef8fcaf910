package org.association.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** An event's page (/events/{slug}) with its registration form, as a page object. */
public final class RegistrationForm extends PageObject {

    @FindBy(id = "registration:name")
    private WebElement name;

    @FindBy(id = "registration:email")
    private WebElement email;

    @FindBy(id = "registration:phone")
    private WebElement phone;

    @FindBy(id = "registration:institution")
    private WebElement institution;

    @FindBy(id = "registration:submit")
    private WebElement submit;

    private RegistrationForm(BrowserSession browser) {
        super(browser);
    }

    /** Opens an event's page, say "/en/events/cardiology-2027". */
    public static RegistrationForm open(BrowserSession browser, String path) {
        browser.open(path);
        return new RegistrationForm(browser);
    }

    /** Chooses the registration type by its whole label: name, price and places, as the menu shows it. */
    public RegistrationForm type(String label) {
        browser.choose("registration:type", label);
        return this;
    }

    public RegistrationForm fill(String fullName, String address, String telephone, String hospital) {
        name.sendKeys(fullName);
        email.sendKeys(address);
        phone.sendKeys(telephone);
        institution.sendKeys(hospital);
        return this;
    }

    /** Sends the form; the browser is on the page the site answered with. */
    public RegistrationForm submit() {
        browser.submit(submit);
        return this;
    }

    /** The message beside a field, by the field's id in the form ("name", "email", ...); "" when there is none. */
    public String message(String field) {
        return browser.driver().findElement(By.id("registration:" + field + "-message")).getText();
    }

    /** What the registration's private page says of it, once the form was sent. */
    public String status() {
        return browser.driver().findElement(By.id("registration-status")).getText();
    }

    public String registeredName() {
        return browser.driver().findElement(By.id("registration-name")).getText();
    }
}
