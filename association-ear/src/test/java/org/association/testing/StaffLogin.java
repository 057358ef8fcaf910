package org.association.testing;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The login page as a page object: signs a browser in, or tries to. */
public final class StaffLogin extends PageObject {

    @FindBy(id = "login:username")
    private WebElement username;

    @FindBy(id = "login:password")
    private WebElement password;

    @FindBy(id = "login:submit")
    private WebElement submit;

    @FindBy(css = "#login\\:messages .ui-messages-error-summary")
    private List<WebElement> refusals;

    /** The sign-out button of every back-office page. */
    @FindBy(id = "signout:logout")
    private WebElement signOut;

    private StaffLogin(BrowserSession browser) {
        super(browser);
    }

    public static String adminPassword() {
        return System.getProperty("test.admin.password");
    }

    /** Opens the login page and submits the name and password; the browser is wherever the site sent it then. */
    public static WebDriver signIn(BrowserSession browser, String username, String password) {
        browser.open("/account/login.xhtml");
        StaffLogin login = new StaffLogin(browser);
        login.username.sendKeys(username);
        login.password.sendKeys(password);
        browser.submit(login.submit);
        return browser.driver();
    }

    /** Signs the administrator in and waits for the back office; a refused sign-in fails here, saying why. */
    public static WebDriver signInAsAdmin(BrowserSession browser) {
        WebDriver page = signIn(browser, "admin", adminPassword());
        if (page.getCurrentUrl().contains("/account/login.xhtml")) {
            throw new AssertionError("the administrator was not signed in: \"" + refusal(browser) + "\"");
        }
        browser.find(By.id("signout:logout"));
        return page;
    }

    /** The refusal the login page shows, or "" when there is none. */
    public static String refusal(BrowserSession browser) {
        return new StaffLogin(browser).refusals.stream().map(WebElement::getText).findFirst().orElse("");
    }

    public static void signOut(BrowserSession browser) {
        browser.submit(new StaffLogin(browser).signOut);
    }
}
