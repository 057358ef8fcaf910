package org.association.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Browser;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.Http;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Who may enter the back office, and how: login, lockout, logout, roles, sessions, forged requests. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessBrowserIT {

    static final List<String> ADMIN_PAGES = List.of("/admin/", "/admin/articles/", "/admin/articles/edit.xhtml",
            "/admin/channels/", "/admin/members/", "/admin/members/edit.xhtml", "/admin/members/import.xhtml",
            "/admin/members/export?format=csv", "/admin/organization/", "/admin/accounts/", "/admin/audit/",
            "/admin/password.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void everyBackOfficePageSendsAnonymousVisitorsToTheLogin() {
        for (String path : ADMIN_PAGES) {
            HttpResponse<String> response = Http.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/account/login.xhtml"), path);
        }
        WebDriver page = browser.open("/admin/members/");
        assertTrue(page.getCurrentUrl().endsWith("/account/login.xhtml"));
        assertFalse(page.findElements(By.id("login:username")).isEmpty());
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneLetsIn() {
        WebDriver page = StaffLogin.signIn(browser, "admin", "not the password at all");
        assertTrue(page.getCurrentUrl().contains("/account/login.xhtml"));
        String refusal = StaffLogin.refusal(browser);
        assertFalse(refusal.isBlank());
        StaffLogin.signIn(browser, "nobody-" + System.nanoTime(), "not the password at all");
        assertEquals(refusal, StaffLogin.refusal(browser), "an unknown user reads the same");

        StaffLogin.signInAsAdmin(browser);
        assertTrue(page.getCurrentUrl().endsWith("/admin/"), page.getCurrentUrl());
        assertTrue(page.findElement(By.cssSelector(".admin-user")).getText().contains("admin"));
        StaffLogin.signOut(browser);
        assertTrue(page.getCurrentUrl().contains("/account/login.xhtml?signedOut=true"));
        browser.open("/admin/");
        assertTrue(page.getCurrentUrl().endsWith("/account/login.xhtml"), "signed out means signed out");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLockSaysNothing() throws IOException {
        Fixtures.account("locky", "a good long passphrase here", "EDITOR");
        WebDriver page = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = StaffLogin.signIn(browser, "locky", "wrong guess number " + attempt);
        }
        String refusal = StaffLogin.refusal(browser);
        StaffLogin.signIn(browser, "locky", "a good long passphrase here");
        assertTrue(page.getCurrentUrl().contains("/account/login.xhtml"), "locked: even the right password is refused");
        assertEquals(refusal, StaffLogin.refusal(browser), "in the same words as a wrong password");

        String log = Files.readString(serverLog(), StandardCharsets.UTF_8);
        assertTrue(log.contains("event=account-locked user=locky"), "the lock is in the server log");
        assertTrue(log.contains("event=login-refused user=locky") && log.contains("reason=LOCKED"));
        assertFalse(log.contains("wrong guess number") || log.contains("a good long passphrase"), "never a password in the log");
    }

    @Test
    void anEditorReachesArticlesButNotMembersOrAccounts() {
        Fixtures.account("editor1", "editor passphrase for tests", "EDITOR");
        WebDriver page = StaffLogin.signIn(browser, "editor1", "editor passphrase for tests");
        assertTrue(page.getCurrentUrl().endsWith("/admin/"));
        assertTrue(page.findElements(By.id("menuMembers")).isEmpty(), "no Members in the menu");
        assertFalse(page.findElements(By.id("menuArticles")).isEmpty());
        String session = "JSESSIONID=" + page.manage().getCookieNamed("JSESSIONID").getValue();
        for (String path : List.of("/admin/members/", "/admin/members/edit.xhtml?kind=INDIVIDUAL",
                "/admin/members/export?format=csv", "/admin/accounts/", "/admin/audit/", "/admin/organization/")) {
            HttpResponse<String> response = Http.get(path, "Cookie", session);
            assertEquals(404, response.statusCode(), path + " looks like a page that does not exist");
            assertTrue(response.body().contains("Page not found") || response.body().contains("页面不存在"), path);
        }
        assertEquals(200, Http.get("/admin/articles/", "Cookie", session).statusCode());
        browser.open("/admin/accounts/");
        assertTrue(page.findElement(By.tagName("h1")).getText().matches("Page not found|页面不存在"));
    }

    @Test
    void theSessionCookieIsGuardedAndRenewedAtLogin() {
        HttpResponse<String> login = Http.get("/account/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

        WebDriver page = browser.open("/account/login.xhtml");
        Cookie before = page.manage().getCookieNamed("JSESSIONID");
        StaffLogin.signInAsAdmin(browser);
        Cookie after = page.manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before.getValue(), after.getValue(), "a new session id at login");
    }

    @Test
    void aForgedLoginWithoutViewStateChangesNothing() {
        String form = "login=login&login%3Ausername=admin&login%3Apassword="
                + URLEncoder.encode(StaffLogin.adminPassword(), StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=forged";
        HttpResponse<String> forged = Http.post("/account/login.xhtml", form);
        assertEquals(302, forged.statusCode(), "back to the login page");
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/account/login.xhtml"),
                "not into the back office");
        String flash = forged.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";")[0])
                .filter(cookie -> cookie.startsWith("csfcfc=")).findFirst().orElseThrow();
        String again = Http.get("/account/login.xhtml", "Cookie", flash).body();
        assertTrue(again.contains("The form had expired") || again.contains("表单已过期"), again);
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordFirst() {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/accounts/");
        browser.click(By.id("accounts:add"));
        browser.find(By.id("account:username")).sendKeys("newcomer");
        page.findElement(By.id("account:displayName")).sendKeys("新同事");
        page.findElement(By.xpath("//*[@id='account:roles']//label[contains(., 'Membership') or contains(., '会员管理员')]")).click();
        browser.click(By.id("account:save"));
        String password = browser.find(By.id("shownPassword")).getText();
        assertEquals(20, password.length());
        StaffLogin.signOut(browser);

        StaffLogin.signIn(browser, "newcomer", password);
        assertTrue(page.getCurrentUrl().endsWith("/admin/password.xhtml"), page.getCurrentUrl());
        browser.open("/admin/members/");
        assertTrue(page.getCurrentUrl().endsWith("/admin/password.xhtml"), "nowhere else before the password is changed");
        page.findElement(By.id("password:current")).sendKeys(password);
        page.findElement(By.id("password:new")).sendKeys("password1234");
        page.findElement(By.id("password:repeated")).sendKeys("password1234");
        browser.submit(By.id("password:change"));
        assertFalse(page.findElement(By.id("password:new-message")).getText().isBlank(), "a common password is refused");

        page.findElement(By.id("password:current")).sendKeys(password);
        page.findElement(By.id("password:new")).sendKeys("a fresh spring morning by the river");
        page.findElement(By.id("password:repeated")).sendKeys("a fresh spring morning by the river");
        browser.submit(By.id("password:change"));
        assertTrue(page.getCurrentUrl().endsWith("/admin/"), page.getCurrentUrl());
        browser.open("/admin/members/");
        assertEquals("/admin/members/", page.getCurrentUrl().replace(Browser.baseUrl(), ""));
    }

    static Path serverLog() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "association-test", "logs", "server.log");
    }

    static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
