package org.association.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Backups started from the dashboard and through POST /api/backups (what config/backup.sh calls): ADMIN only. */
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
        browser.click(By.id("backup:start"));
        String message = browser.find(By.cssSelector("#messages .ui-messages-info-summary")).getText();
        String busy = (String) ((JavascriptExecutor) page).executeScript("return window.sawBusy;");
        assertTrue(busy.contains("Working on it"), "a progress indicator while the backup ran: '" + busy + "'");
        Matcher folder = FOLDER.matcher(message);
        assertTrue(folder.find(), message);
        assertTrue(Files.isRegularFile(Path.of(folder.group(1), "association-db", "service.properties")), "a Derby database in " + folder.group(1));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(folder.group(1)))),
                "only the server's own user may read a backup");
        assertTrue(page.findElement(By.id("main")).getText().contains(folder.group(1)), "the backup is among the latest changes");
    }

    @Test
    void onlyAnAdminMayBackUp() {
        Fixtures.account("backup-editor", EDITOR_PASSWORD, "EDITOR");
        WebDriver page = StaffLogin.signIn(browser, "backup-editor", EDITOR_PASSWORD);
        assertTrue(page.getCurrentUrl().endsWith("/admin/"), page.getCurrentUrl());
        assertTrue(page.findElements(By.id("backup:start")).isEmpty(), "no backup button for an editor");

        assertEquals(401, backUp(null), "no credentials");
        assertEquals(401, backUp("admin:not the password"), "a wrong password");
        assertEquals(403, backUp("backup-editor:" + EDITOR_PASSWORD), "an editor");
        assertEquals(200, backUp("admin:" + StaffLogin.adminPassword()), "the admin");
    }

    private static int backUp(String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "/api/backups")).POST(HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
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
