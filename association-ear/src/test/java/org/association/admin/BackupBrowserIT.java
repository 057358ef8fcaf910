package org.association.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Browser;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Backups started from the dashboard (ADMIN only) and through POST /api/backups (what config/backup.sh calls), which
 * takes a backup token that an ADMIN made and nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupBrowserIT {

    private static final Pattern FOLDER = Pattern.compile("(/\\S+/association-[0-9]{8}-[0-9]{6}(-[0-9]+)?)");
    private static final String EDITOR_PASSWORD = "quiet pine river stones";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void anAdminBacksTheDatabaseUpFromTheDashboard() throws IOException {
        WebDriver page = StaffLogin.signInAsAdmin(browser);
        // the page's indicator is watched from inside the page, so that no moment of it is missed
        ((JavascriptExecutor) page).executeScript("window.sawBusy = ''; setInterval(function () {"
                + " var busy = document.querySelector('.busy');"
                + " if (busy && busy.getClientRects().length > 0) { window.sawBusy = busy.textContent.trim(); } }, 20);");
        browser.slowNetwork(Duration.ofSeconds(1));
        browser.click(By.id("backup:start"));
        String message = browser.find(By.cssSelector("#messages .ui-messages-info-summary")).getText();
        String busy = (String) ((JavascriptExecutor) page).executeScript("return window.sawBusy;");
        assertTrue(busy.contains("Working on it"), "a progress indicator while the backup ran: '" + busy + "'");
        Matcher folder = FOLDER.matcher(message);
        assertTrue(folder.find(), message);
        assertTrue(Files.isRegularFile(Path.of(folder.group(1), "association-db", "service.properties")),
                "a Derby database in " + folder.group(1));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(folder.group(1)))),
                "only the server's own user may read a backup");
        assertTrue(page.findElement(By.id("main")).getText().contains(folder.group(1)), "the backup is among the latest changes");
    }

    @Test
    void onlyAnAdminMayBackUpAndTheApiTakesNoPassword() {
        Fixtures.account("backup-editor", EDITOR_PASSWORD, "EDITOR");
        WebDriver page = StaffLogin.signIn(browser, "backup-editor", EDITOR_PASSWORD);
        assertTrue(page.getCurrentUrl().endsWith("/admin/"), page.getCurrentUrl());
        assertTrue(page.findElements(By.id("backup:start")).isEmpty(), "no backup button for an editor");
        browser.open("/admin/accounts/tokens.xhtml");
        assertTrue(page.findElement(By.tagName("h1")).getText().matches("Page not found|页面不存在"), "no tokens page for an editor");

        assertEquals(401, backUp(null), "no credentials");
        assertEquals(401, backUp(basic("backup-editor:" + EDITOR_PASSWORD)), "an editor");
        assertEquals(401, backUp(basic("admin:" + StaffLogin.adminPassword())), "not even the admin's password");
        assertEquals(401, backUp("Bearer abk_" + "x".repeat(43)), "a made-up token");
    }

    @Test
    void aBackupTokenThatAnAdminMadeBacksUpUntilItIsRevoked() {
        StaffLogin.signInAsAdmin(browser);
        WebDriver page = browser.open("/admin/accounts/tokens.xhtml");
        page.findElement(By.id("tokens:label")).sendKeys("nightly cron");
        browser.click(By.id("tokens:create"));
        String token = browser.find(By.id("shownToken")).getText();
        assertTrue(token.matches("abk_[A-Za-z0-9_-]{43}"), token);

        assertEquals(200, backUp("Bearer " + token), "the token backs up");
        page = browser.open("/admin/accounts/tokens.xhtml");
        assertTrue(page.findElements(By.id("shownToken")).isEmpty(), "shown once only");
        assertFalse(page.getPageSource().contains(token), "shown once only");
        browser.open("/admin/audit/");
        assertTrue(browser.find(By.id("main")).getText().contains("backup token: nightly cron"),
                "the audit log names the token");

        browser.open("/admin/accounts/tokens.xhtml");
        browser.click(By.xpath("//tr[.//span[@class='label' and text()='nightly cron']]//button[contains(@id, 'revoke')]"));
        browser.waitUntil(driver -> driver.findElements(By.xpath("//tr[.//span[text()='nightly cron']]//button")).isEmpty());
        assertEquals(401, backUp("Bearer " + token), "a revoked token backs up nothing");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static int backUp(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "/api/backups"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
