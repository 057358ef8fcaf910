package org.association.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.MailTesting;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Staff and the mail in headless Chromium: a template edited with its preview, a test mail to oneself, the log, the roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailBrowserIT {

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void anAdministratorEditsATemplateWithItsPreviewAndSendsHerselfATestMailThatTheLogShowsSent() throws Exception {
        String address = "admin" + System.nanoTime() % 1_000_000 + "@example.org";
        MailTesting.post("account-email", Map.of("username", "admin", "email", address));
        StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/mail/templates.xhtml");
        browser.choose("template:cause", "test");
        browser.choose("template:language", "English");
        awaitSubject("Test mail from the association's site");
        BrowserSession.retype(browser.find(By.id("template:subject")), "Checking the mail of {name} ({memberNumber})");
        browser.click(By.id("template:preview"));
        assertEquals("Checking the mail of 王芳 (M000123)", browser.find(By.id("previewSubject")).getText());
        browser.click(By.id("template:save"));
        browser.waitUntil(page -> page.getPageSource().contains("The template is saved") ? Boolean.TRUE : null);

        try {
            browser.open("/admin/mail/");
            browser.choose("mail:testLanguage", "English");
            browser.click(By.id("mail:sendTest"));
            List<MimeMessage> received = SMTP.await(address, 1, 30);
            assertEquals(1, received.size());
            assertTrue(received.get(0).getSubject().startsWith("Checking the mail of "), received.get(0).getSubject());
            assertEquals("TEST SENT 1 null", MailTesting.awaitLog(address, "TEST SENT 1 null", 10));

            BrowserSession.retype(browser.find(By.id("mail:recipient")), address);
            browser.click(By.id("mail:apply"));
            assertEquals(address, browser.find(By.cssSelector("#mail\\:mails .recipient")).getText());
            assertEquals("sent", browser.find(By.cssSelector("#mail\\:mails .mail-status")).getText());
        } finally {
            browser.open("/admin/mail/templates.xhtml");
            browser.choose("template:cause", "test");
            browser.choose("template:language", "English");
            awaitSubject("Checking the mail of {name} ({memberNumber})");
            browser.click(By.id("template:reset"));
        }
        assertEquals("Test mail from the association's site", browser.find(By.id("template:subject")).getAttribute("value"));
    }

    @Test
    void theLogMarksAMailWithFilesAndItsDetailNamesThemWithTheirSizes() {
        String address = "files" + System.nanoTime() % 1_000_000 + "@example.org";
        MailTesting.post("attached-mail", Map.of("email", address));
        StaffLogin.signInAsAdmin(browser);
        browser.open("/admin/mail/");
        BrowserSession.retype(browser.find(By.id("mail:recipient")), address);
        browser.click(By.id("mail:apply"));
        assertEquals(address, browser.find(By.cssSelector("#mail\\:mails .recipient")).getText());
        assertEquals("2", browser.find(By.cssSelector("#mail\\:mails .mail-attachments")).getText().strip());

        browser.click(By.cssSelector("#mail\\:mails a[id$='show']"));
        List<String> files = browser.waitUntil(page -> {
            List<String> items = page.findElements(By.cssSelector("#attachments li")).stream().map(WebElement::getText)
                    .toList();
            return items.isEmpty() ? null : items;
        });
        assertEquals(List.of("议程 Bcc: x@example.org.txt (text/plain; charset=UTF-8 · 1 KB)",
                "logo.png (image/png · 1 KB · shown inside the mail)"), files);
    }

    /** Waits for the text of the cause and language chosen: each choice loads it by ajax, after the menu shows it. */
    private void awaitSubject(String subject) {
        browser.waitUntil(page -> subject.equals(page.findElement(By.id("template:subject")).getAttribute("value"))
                ? Boolean.TRUE : null);
    }

    @Test
    void membershipStaffReadTheLogButOnlyAnAdministratorEditsTemplates() {
        String officer = "mailofficer" + System.nanoTime() % 1_000_000;
        Fixtures.account(officer, "a long passphrase for the mail log", "MEMBERSHIP");
        FormClient session = FormClient.signedIn(officer, "a long passphrase for the mail log");
        assertEquals(200, session.get("/admin/mail/").statusCode());
        assertEquals(404, session.get("/admin/mail/templates.xhtml").statusCode(), "refused as a page that does not exist");
        String editor = "maileditor" + System.nanoTime() % 1_000_000;
        Fixtures.account(editor, "a long passphrase for the mail log", "EDITOR");
        assertEquals(404, FormClient.signedIn(editor, "a long passphrase for the mail log").get("/admin/mail/").statusCode());
    }
}
