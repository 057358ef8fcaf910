package org.association.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The login page as a page object: signs a browser in, or tries to. */
public final class StaffLogin {

    private StaffLogin() {
    }

    public static String adminPassword() {
        return System.getProperty("test.admin.password");
    }

    /** Opens the login page and submits the name and password; the browser is wherever the site sent it then. */
    public static WebDriver signIn(BrowserSession browser, String username, String password) {
        WebDriver page = browser.open("/account/login.xhtml");
        page.findElement(By.id("login:username")).sendKeys(username);
        page.findElement(By.id("login:password")).sendKeys(password);
        browser.submit(By.id("login:submit"));
        return page;
    }

    public static WebDriver signInAsAdmin(BrowserSession browser) {
        return signIn(browser, "admin", adminPassword());
    }

    /** The refusal the login page shows, or "" when there is none. */
    public static String refusal(WebDriver page) {
        return page.findElements(By.cssSelector("#login\\:messages .ui-messages-error-summary")).stream()
                .map(element -> element.getText()).findFirst().orElse("");
    }

    public static void signOut(BrowserSession browser) {
        browser.submit(By.id("signout:logout"));
    }
}
