package org.association.mail;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.FormClient;
import org.association.testing.MailFixtureServlet;
import org.association.testing.MailTesting;
import org.association.testing.RefusingSmtpServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail through the whole path: a change in the application, the outbox row in its transaction, the sender of the
 * tests' domain, its mail resource (signing in with the password from the alias) and a real SMTP server, GreenMail.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    /** The sender runs every second (association-ear/pom.xml); a mail has a few of its turns to arrive. */
    private static final int SECONDS = 30;

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void anApplicationOnTheJoinFormMailsTheApplicantInTheLanguageOfTheFormWithItsLinks() throws Exception {
        String address = unique("applicant");
        FormClient applicant = FormClient.from("198.51.100." + (1 + SERIAL.get() % 250));
        applicant.open("/en/join");
        assertEquals(302, applicant.post("/en/join", fields("application", "application", "application:name", "Mail Applicant",
                "application:nameEn", "Mail Applicant", "application:professionalTitle", "主治医师", "application:specialty", "儿科",
                "application:licenceNumber", "", "application:employer", "成都高新医院", "application:email", address,
                "application:phone", "028-85123456", "application:address", "", "application:notes", "",
                        "application:homepage", "",
                "application:consent_input", "on", "application:submit", "")).statusCode());

        List<MimeMessage> received = SMTP.await(address, 1, SECONDS);
        assertEquals(1, received.size(), "one mail to the applicant");
        MimeMessage mail = received.get(0);
        assertEquals("We have received your application, Mail Applicant", mail.getSubject());
        assertEquals("en", mail.getHeader("Content-Language", null));
        assertEquals(System.getProperty("test.mail.from"), ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertTrue(mail.getMessageID().matches("<[0-9a-f-]{36}@association>"), mail.getMessageID());
        String text = MailTesting.text(mail);
        assertTrue(text.contains(Browser.baseUrl() + "/en/join"), text);
        assertTrue(text.startsWith("Dear Mail Applicant,"), text);
    }

    @Test
    void approvalMailsTheMemberInTheLanguageTheyAppliedInWithNumberAndReason() throws Exception {
        String address = unique("approved");
        String[] applied = MailTesting.post("applicant", Map.of("name", "邮件申请人", "email", address, "language", "ZH",
                "address", "198.51.100." + (1 + SERIAL.get() % 250))).split(" ");
        String[] approved = MailTesting.post("act", Map.of("id", applied[0], "version", applied[1], "action", "APPROVE",
                "reason", "理事会批准")).split(" ");

        List<MimeMessage> received = SMTP.await(address, 2, SECONDS);
        assertEquals(2, received.size(), "the application's mail and the approval's");
        MimeMessage approval = received.stream().filter(mail
                -> MailTesting.subject(mail).startsWith("欢迎入会")).findFirst().orElseThrow();
        assertEquals("欢迎入会，邮件申请人", MailTesting.subject(approval));
        String text = MailTesting.text(approval);
        assertTrue(text.contains(approved[2]) && text.contains("理事会批准"), text);
        // recorded once the sender's group is done, a moment after the server accepted the mails
        assertEquals("APPROVED SENT 1 null\nAPPLICATION_RECEIVED SENT 1 null", MailTesting.awaitLog(address,
                "APPROVED SENT 1 null\nAPPLICATION_RECEIVED SENT 1 null", SECONDS));
    }

    @Test
    void anApplicationWhoseTransactionRollsBackSendsNoMail() {
        String lost = unique("rolledback");
        MailTesting.post("rolled-back-application", Map.of("name", "Rolled Back", "email", lost, "address", "198.51.100.251"));
        String kept = unique("kept");
        MailTesting.post("applicant", Map.of("name", "Kept Applicant", "email", kept, "language", "EN", "address",
                "198.51.100.252"));

        String lostFiles = unique("rolledbackfiles");
        String[] rolledBack = MailTesting.post("attached-mail", Map.of("email", lostFiles, "rollback", "true")).split(" ");
        assertEquals("2", rolledBack[1], "the mail had its files in the transaction");

        assertEquals(1, SMTP.await(kept, 1, SECONDS).size(), "the committed application's mail went out");
        assertEquals("", MailTesting.post("log", Map.of("recipient", lost)), "no outbox row for the rolled-back one");
        assertEquals(0, SMTP.to(lost).size());
        assertEquals("", MailTesting.post("log", Map.of("recipient", lostFiles)), "no mail for the rolled-back files");
        assertEquals("", MailTesting.post("attachments", Map.of("mail", rolledBack[0])), "and no attachment rows");
        assertEquals(0, SMTP.to(lostFiles).size());
    }

    @Test
    void aMailArrivesWithItsFileAttachedAndItsImageInsideTheHtmlAndTheLogListsBoth() throws Exception {
        String address = unique("attached");
        assertEquals("2", MailTesting.post("attached-mail", Map.of("email", address)).split(" ")[1]);

        MimeMessage mail = SMTP.await(address, 1, SECONDS).get(0);
        assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
        assertTrue(MailTesting.text(mail).contains("附件测试"), MailTesting.text(mail));
        List<BodyPart> parts = MailTesting.parts(mail);
        assertEquals(4, parts.size(), "text, HTML, image, file");
        String html = String.valueOf(parts.get(1).getContent());
        assertTrue(parts.get(1).isMimeType("text/html") && html.contains("<img src=\"cid:logo\""), html);
        BodyPart image = parts.get(2);
        assertEquals("<logo>", image.getHeader("Content-ID")[0]);
        assertEquals(Part.INLINE, image.getDisposition());
        assertArrayEquals(MailFixtureServlet.png(), MailTesting.bytes(image));
        BodyPart file = parts.get(3);
        assertEquals("议程 Bcc: x@example.org.txt", file.getFileName(), "the line break did not begin a header");
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("会议议程", new String(MailTesting.bytes(file), StandardCharsets.UTF_8));
        assertNull(mail.getHeader("Bcc", null));

        assertEquals("议程 Bcc: x@example.org.txt | text/plain; charset=UTF-8 | null | 12\nlogo.png | image/png | logo | "
                + MailFixtureServlet.png().length, MailTesting.post("attachments", Map.of("recipient", address)));
        assertEquals("TEST SENT 1 null", MailTesting.awaitLog(address, "TEST SENT 1 null", SECONDS));
    }

    @Test
    void renewalRemindersComeOnTheirDaysExactlyOnceWhateverRunsAtOnce() throws Exception {
        String address = unique("renewal");
        String[] member = MailTesting.post("renewing-member", Map.of("name", "续费会员", "email", address, "daysLeft",
                "30")).split(" ");
        try {
            for (int days : new int[] {0, 23, 29, 44}) {
                MailTesting.post("clock", Map.of("days", String.valueOf(days)));
                // three servers' reminder jobs at once, twice: each reminder is queued once
                MailTesting.post("reminders", Map.of("runs", "3"));
                MailTesting.post("reminders", Map.of("runs", "3"));
                MailTesting.post("send", Map.of());
            }
        } finally {
            MailTesting.post("clock", Map.of("days", "0"));
        }
        List<MimeMessage> received = SMTP.await(address, 4, SECONDS);
        assertEquals(List.of("您的会籍有效期至 " + member[1], "还有一周：您的会籍有效期至 " + member[1], "您的会籍明天到期",
                "您的会籍已于 " + member[1] + " 到期"), received.stream().map(MailTesting::subject).toList());
        for (MimeMessage reminder : received) {
            String text = MailTesting.text(reminder);
            assertTrue(text.contains(Browser.baseUrl() + "/member/") && !text.contains("/join"),
                    "a reminder links to the member's page, where the invoice is: " + text);
        }
        String sentOnce = "RENEWAL_14_DAYS_AFTER SENT 1 null\nRENEWAL_1_DAY SENT 1 null\n"
                + "RENEWAL_7_DAYS SENT 1 null\nRENEWAL_30_DAYS SENT 1 null";
        assertEquals(sentOnce, MailTesting.awaitLog(address, sentOnce, SECONDS));
    }

    @Test
    void aHardRefusalFailsTheMailAtOnceAndMarksTheAddressOnTheMembersRecord() throws Exception {
        String address = unique("refused");
        String member;
        SMTP.stop();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(MailTesting.smtpPort())) {
            member = MailTesting.post("applicant", Map.of("name", "Refused Applicant", "email", address, "language", "EN",
                    "address", "198.51.100.253")).split(" ")[0];
            String refusal = "550 5.1.1 <" + address + ">: user unknown";
            assertEquals("APPLICATION_RECEIVED FAILED 1 " + refusal, MailTesting.awaitLog(address,
                    "APPLICATION_RECEIVED FAILED 1 " + refusal,
                    SECONDS), "failed at the first attempt, not tried again");
        } finally {
            SMTP.start();
        }
        assertEquals("EN " + address + " 550 5.1.1 <" + address + ">: user unknown", MailTesting.post("recipient",
                Map.of("member", member)));
    }

    private static String unique(String who) {
        return who + SERIAL.incrementAndGet() + "@example.org";
    }
}
