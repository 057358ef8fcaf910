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
import org.association.testing.MemberEditor;
import org.association.testing.NoticeComposer;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Staff write a notice in headless Chromium, see who receives it, try it on themselves and send it; the roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeBrowserIT {

    private static final String PASSPHRASE = "a long passphrase for the notices";

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void anAdministratorWritesANoticeSeesItsRecipientsTriesItOnHerselfAndSendsIt() throws Exception {
        long serial = System.nanoTime() % 1_000_000;
        String admin = "noticeadmin" + serial + "@example.org";
        MailTesting.post("account-email", Map.of("username", "admin", "email", admin));
        String tag = "浏览器专科" + serial;
        String first = "first" + serial + "@example.org";
        String second = "second" + serial + "@example.org";
        for (String[] member : new String[][] {{"通知甲", first}, {"通知乙", second}}) {
            MailTesting.notices("member", Map.of("name", member[0], "email", member[1], "status", "ACTIVE", "specialty", tag,
                    "language", "ZH"));
        }
        StaffLogin.signInAsAdmin(browser);

        NoticeComposer composer = NoticeComposer.openNew(browser).write("换届通知 " + serial, "请准时出席换届大会。",
                tag);
        assertEquals(List.of("Members who receive it: 2", "通知甲", "通知乙"), composer.countRecipients());
        composer.sendTestToMyself();
        MimeMessage test = SMTP.await(admin, 1, 30).get(0);
        assertEquals("换届通知 " + serial, test.getSubject());
        String status = composer.send();
        assertTrue(List.of("scheduled", "sending", "sent").contains(status), "on its way at once: " + status);

        for (String member : List.of(first, second)) {
            List<MimeMessage> received = SMTP.await(member, 1, 30);
            assertEquals(1, received.size(), member);
            assertEquals("换届通知 " + serial, received.get(0).getSubject());
            assertTrue(received.get(0).getHeader("List-Unsubscribe", null).contains("/unsubscribe?t="));
        }
    }

    @Test
    void aPublishedArticleOffersToBeSentToMembersAsANoticeWithItsTitleAndLink() {
        String slug = "notice-from-article-" + System.nanoTime() % 1_000_000;
        long article = Fixtures.article("activities", slug, "PUBLISHED");
        try {
            StaffLogin.signInAsAdmin(browser);
            browser.open("/admin/articles/edit.xhtml?id=" + article);
            browser.submit(By.id("sendAsNotice"));
            assertEquals("Fixture " + slug, browser.find(By.id("notice:subjectEn")).getAttribute("value"));
            String body = browser.find(By.cssSelector("#notice\\:bodyEn .ql-editor")).getText();
            assertTrue(body.contains("Read it on our site: ") && body.contains("/activities/2024/02/02/" + slug), body);
            assertEquals("", browser.find(By.id("notice:subjectZh")).getAttribute("value"), "no translation to fill");
        } finally {
            Fixtures.archive(article);
        }
        long draft = Fixtures.article("activities", slug + "-draft", "DRAFT");
        browser.open("/admin/articles/edit.xhtml?id=" + draft);
        browser.find(By.id("articleStatus"));
        assertTrue(browser.driver().findElements(By.id("sendAsNotice")).isEmpty(), "only a published article offers it");
    }

    @Test
    void staffSeeAndSwitchAMembersNoticesOnTheMembersPage() {
        String address = "switch" + System.nanoTime() % 1_000_000 + "@example.org";
        String member = MailTesting.notices("member", Map.of("name", "开关会员", "email", address, "status", "ACTIVE",
                "specialty", "开关", "language", "ZH"));
        StaffLogin.signInAsAdmin(browser);
        MemberEditor editor = MemberEditor.open(browser, "/admin/members/edit.xhtml?id=" + member);
        assertEquals("This member takes the association's notices by mail.", editor.noticeConsent());
        assertEquals("This member takes no notices by mail (service mail still goes).", editor.switchNoticeConsent());
        assertEquals("false", MailTesting.notices("consent", Map.of("member", member)));
        assertTrue(MailTesting.notices("audit", Map.of("member", member)).contains("admin notices declined"));
    }

    @Test
    void membershipStaffMayOpenTheNoticesAndAnEditorMayNot() {
        String officer = "noticeofficer" + System.nanoTime() % 1_000_000;
        Fixtures.account(officer, PASSPHRASE, "MEMBERSHIP");
        FormClient session = FormClient.signedIn(officer, PASSPHRASE);
        assertEquals(200, session.get("/admin/mail/notices.xhtml").statusCode());
        assertEquals(200, session.get("/admin/mail/notice.xhtml").statusCode());
        String editor = "noticeeditor" + System.nanoTime() % 1_000_000;
        Fixtures.account(editor, PASSPHRASE, "EDITOR");
        FormClient editing = FormClient.signedIn(editor, PASSPHRASE);
        assertEquals(404, editing.get("/admin/mail/notices.xhtml").statusCode());
        assertEquals(404, editing.get("/admin/mail/notice.xhtml").statusCode());
    }
}
