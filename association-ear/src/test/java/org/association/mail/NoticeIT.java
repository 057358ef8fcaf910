package org.association.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Http;
import org.association.testing.MailTesting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notices to segments through the whole path: members made through the services, a notice sent, its expansion by the
 * sender's turn into the outbox, the tests' mail server (GreenMail), and the one-click unsubscribe link of each mail.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aNoticeReachesExactlyItsSegmentEachRecipientInTheirLanguage() throws Exception {
        String tag = "专科" + SERIAL.incrementAndGet();
        String department = "N" + SERIAL.get();
        String zh = unique("zh");
        String en = unique("en");
        member("甲会员", zh, "ACTIVE", tag, "ZH", department, Map.of());
        member("Member Bee", en, "ACTIVE", tag, "EN", department, Map.of());
        String outsideDepartment = unique("nodept");
        member("丙会员", outsideDepartment, "ACTIVE", tag, "ZH", null, Map.of());
        String suspended = unique("suspended");
        member("丁会员", suspended, "SUSPENDED", tag, "ZH", department, Map.of());
        String declined = unique("declined");
        member("戊会员", declined, "ACTIVE", tag, "ZH", department, Map.of("consent", "false"));
        member("己会员", null, "ACTIVE", tag, "ZH", department, Map.of());

        Map<String, String> segment = Map.of("status", "ACTIVE", "specialty", tag, "department", department);
        assertEquals("2\n甲会员\nMember Bee", post("segment", segment), "the count and the sample staff see");
        Map<String, String> notice = new HashMap<>(segment);
        notice.putAll(Map.of("subjectZh", "年会通知 " + tag,
                "bodyZh", "<p>请参加<strong>年会</strong></p><script>alert(1)</script>",
                "subjectEn", "Annual meeting\r\nBcc: everyone@example.org", "bodyEn", "<p>Please come to the meeting</p>"));
        String[] saved = post("notice", notice).split(" ");
        assertEquals("1", post("send", Map.of("id", saved[0], "version", saved[1])));

        MimeMessage chinese = only(zh);
        assertEquals("年会通知 " + tag, chinese.getSubject());
        assertEquals("zh", chinese.getHeader("Content-Language", null));
        assertTrue(part(chinese, "text/plain").startsWith("请参加年会"), part(chinese, "text/plain"));
        String html = part(chinese, "text/html");
        assertTrue(html.contains("<strong>年会</strong>") && !html.contains("script"), html);
        MimeMessage english = only(en);
        assertEquals("Annual meeting Bcc: everyone@example.org", english.getSubject(), "the subject is one clean line");
        assertEquals(null, english.getHeader("Bcc"));
        assertTrue(part(english, "text/plain").startsWith("Please come to the meeting"), part(english, "text/plain"));
        for (MimeMessage mail : List.of(chinese, english)) {
            assertTrue(unsubscribeUrl(mail).startsWith(Browser.baseUrl() + "/unsubscribe?t="), unsubscribeUrl(mail));
            assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
            assertTrue(part(mail, "text/plain").contains(unsubscribeUrl(mail)), "the link is in the text too");
        }
        assertFalse(unsubscribeUrl(chinese).equals(unsubscribeUrl(english)), "each member's own link");
        for (String outside : new String[] {outsideDepartment, suspended, declined}) {
            assertEquals("", MailTesting.post("log", Map.of("recipient", outside)), outside + " is not in the segment");
            assertEquals(0, SMTP.to(outside).size());
        }
    }

    @Test
    void aSegmentOfMembersDueForRenewalHoldsThoseWhosePaidUpUntilComesWithinTheDays() {
        String tag = "续费" + SERIAL.incrementAndGet();
        member("即将到期", unique("due"), "ACTIVE", tag, "ZH", null, Map.of("paidDays", "5"));
        member("尚未到期", unique("later"), "ACTIVE", tag, "ZH", null, Map.of("paidDays", "100"));
        member("已经到期", unique("past"), "ACTIVE", tag, "ZH", null, Map.of("paidDays", "-3"));
        assertEquals("1\n即将到期", post("segment", Map.of("specialty", tag, "dueDays", "10")));
        assertEquals("3\n即将到期\n尚未到期\n已经到期", post("segment", Map.of("specialty", tag)));
    }

    @Test
    void theOneClickPostOfTheMailsOwnLinkUnsubscribesThatMemberAndTheNextNoticeSkipsThem() throws Exception {
        String tag = "退订" + SERIAL.incrementAndGet();
        String leaving = unique("leaving");
        String staying = unique("staying");
        String leavingId = member("Leaving Member", leaving, "ACTIVE", tag, "EN", null, Map.of());
        String stayingId = member("Staying Member", staying, "ACTIVE", tag, "EN", null, Map.of());
        send(Map.of("specialty", tag, "subjectEn", "First notice", "bodyEn", "<p>First</p>"));
        String link = unsubscribeUrl(only(leaving));
        String stayingLink = unsubscribeUrl(only(staying));
        String path = link.substring(Browser.baseUrl().length());

        HttpResponse<String> page = Http.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"List-Unsubscribe\" value=\"One-Click\""), page.body());
        assertEquals("true", post("consent", Map.of("member", leavingId)), "a GET (a link scanner) unsubscribes no one");

        String token = path.substring(path.indexOf("t=") + 2);
        String signature = token.substring(token.indexOf('.') + 1);
        String stayingToken = stayingLink.substring(stayingLink.indexOf("t=") + 2);
        String alteredSignature = stayingToken.substring(0, stayingToken.length() - 1)
                + (stayingToken.endsWith("A") ? "B" : "A");
        String otherMember = stayingId + "." + signature;
        HttpResponse<String> real = Http.post(path, "List-Unsubscribe=One-Click");
        assertEquals(200, real.statusCode());
        assertTrue(real.headers().firstValue("Set-Cookie").isEmpty(), "no session for the unsubscribe link");
        for (String forged : new String[] {alteredSignature, otherMember, "999999999." + signature, "garbage"}) {
            HttpResponse<String> answer = Http.post("/unsubscribe?t=" + forged, "List-Unsubscribe=One-Click");
            assertEquals(real.statusCode(), answer.statusCode(), forged);
            assertEquals(real.body(), answer.body(), "a forged token is answered like a real one: " + forged);
        }
        assertEquals("false", post("consent", Map.of("member", leavingId)));
        assertEquals("true", post("consent", Map.of("member", stayingId)), "no forged token unsubscribed anyone");
        assertTrue(post("audit", Map.of("member", leavingId)).contains("ANONYMOUS unsubscribed by the member, through the "
                + "unsubscribe link"), post("audit", Map.of("member", leavingId)));

        send(Map.of("specialty", tag, "subjectEn", "Second notice", "bodyEn", "<p>Second</p>"));
        assertEquals(2, SMTP.await(staying, 2, SECONDS).size(), "the second notice reached the member who stayed");
        assertEquals(1, SMTP.to(leaving).size(), "and not the one who left");
        assertEquals("NOTICE SENT 1 null", MailTesting.post("log", Map.of("recipient", leaving)));
    }

    @Test
    void sendingTheSameNoticeTwiceAtOnceWhileSeveralServersExpandItGivesEachMemberOneMail() throws Exception {
        String tag = "并发" + SERIAL.incrementAndGet();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = unique("once" + i);
            addresses.add(address);
            member("会员" + i, address, "ACTIVE", tag, "ZH", null, Map.of());
        }
        String[] saved = post("notice", Map.of("specialty", tag, "subjectZh", "只收一次", "bodyZh", "<p>一次</p>")).split(" ");
        assertEquals("1", post("send", Map.of("id", saved[0], "version", saved[1], "runs", "2")), "one send is taken");
        post("expand", Map.of("runs", "3"));
        post("expand", Map.of("runs", "3"));
        for (String address : addresses) {
            assertEquals(1, SMTP.await(address, 1, SECONDS).size(), address);
        }
        Thread.sleep(3000);
        for (String address : addresses) {
            assertEquals(1, SMTP.to(address).size(), "one mail to " + address);
            assertEquals("NOTICE SENT 1 null", MailTesting.post("log", Map.of("recipient", address)));
        }
    }

    @Test
    void aScheduledNoticeGoesAtItsTimeAndNotBefore() throws Exception {
        String tag = "定时" + SERIAL.incrementAndGet();
        String address = unique("scheduled");
        member("定时会员", address, "ACTIVE", tag, "ZH", null, Map.of());
        String[] saved = post("notice", Map.of("specialty", tag, "subjectZh", "后天的通知", "bodyZh", "<p>后天</p>")).split(" ");
        assertEquals("SCHEDULED", post("schedule", Map.of("id", saved[0], "version", saved[1], "days", "2")));
        assertEquals("0", post("expand", Map.of()), "not due yet");
        Thread.sleep(3000);
        assertEquals("", MailTesting.post("log", Map.of("recipient", address)), "the sender's turns left it alone");
        try {
            MailTesting.post("clock", Map.of("days", "3"));
            assertEquals("后天的通知", only(address).getSubject());
        } finally {
            MailTesting.post("clock", Map.of("days", "0"));
        }
    }

    private static void send(Map<String, String> notice) {
        String[] saved = post("notice", notice).split(" ");
        assertEquals("1", post("send", Map.of("id", saved[0], "version", saved[1])));
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> received = SMTP.await(address, 1, SECONDS);
        assertEquals(1, received.size(), "one notice to " + address);
        return received.get(0);
    }

    private static String unsubscribeUrl(MimeMessage mail) throws MessagingException {
        String header = mail.getHeader("List-Unsubscribe", null);
        assertTrue(header != null && header.startsWith("<") && header.endsWith(">"), header);
        return header.substring(1, header.length() - 1);
    }

    private static String part(MimeMessage mail, String type) throws MessagingException, IOException {
        MimeMultipart alternatives = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String member(String name, String email, String status, String specialty, String language,
            String department, Map<String, String> more) {
        Map<String, String> fields = new HashMap<>(more);
        fields.put("name", name);
        if (email != null) {
            fields.put("email", email);
        }
        fields.putAll(Map.of("status", status, "specialty", specialty, "language", language));
        if (department != null) {
            fields.put("department", department);
        }
        return post("member", fields);
    }

    private static String post(String what, Map<String, String> parameters) {
        return MailTesting.notices(what, parameters);
    }

    private static String unique(String who) {
        return who + SERIAL.incrementAndGet() + "@example.org";
    }
}
