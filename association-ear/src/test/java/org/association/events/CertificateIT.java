package org.association.events;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.Fixtures.FixtureMember;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.MailTesting;
import org.association.testing.QrCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CME credits and certificates: staff confirm who attended (by the service and on the registrations page), which
 * awards the event's credits; the certificates issued to the attendees come by mail (GreenMail) with the PDF's link;
 * the PDF holds the attendee's Chinese name and the credits (read back with PDFBox) and a QR code of its verification
 * page (read with ZXing); that page shows only name, event, date and credits; a random code finds nothing; a member's
 * credits add up per year.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    private static final Pattern PDF_LINK = Pattern.compile(Pattern.quote(Browser.baseUrl())
            + "(/certificates/([A-Za-z0-9_-]{32})\\.pdf)");
    private static final String PHONE = "028-85123456";
    private static final String INSTITUTION = "成都高新医院";
    private static final String PASSPHRASE = "a long passphrase for the certificates";

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void anAttendeeGetsACertificateByMailWhosePdfAndPublicPageStateTheCredits() throws Exception {
        String[] event = event("cert", "CATEGORY_I", "3.0");
        String attendee = unique("attendee");
        String absent = unique("absent");
        register(event, "李明华", attendee, "");
        register(event, "缺席者", absent, "");
        assertEquals("true CATEGORY_I 3.0", attend(event, attendee, true));
        assertEquals("false null null", attend(event, absent, false));
        assertEquals("1", Fixtures.post("event-fixtures", "issue", Map.of("event", event[2])).strip());
        assertEquals("0", Fixtures.post("event-fixtures", "issue", Map.of("event", event[2])).strip(), "issued once");

        List<MimeMessage> mails = SMTP.await(attendee, 2, SECONDS);
        assertEquals("您的学分证书已生成：测试学术会议 " + event[0], MailTesting.subject(mails.get(1)));
        Matcher link = PDF_LINK.matcher(MailTesting.text(mails.get(1)));
        assertTrue(link.find(), MailTesting.text(mails.get(1)));
        String code = link.group(2);

        HttpResponse<byte[]> pdf = Http.getBytes(link.group(1));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        String qr;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
            qr = QrCodes.read(new PDFRenderer(document).renderImage(0, 2));
        }
        assertEquals(Browser.baseUrl() + "/certificates/" + code, qr, "the QR code leads to the verification page");
        assertTrue(text.contains("李明华"), text);
        assertTrue(text.contains("I 类学分 3.0 分") && text.contains("Category I, 3.0 credits"), text);
        assertTrue(text.contains("测试学术会议 " + event[0]) && text.contains(code), text);

        HttpResponse<String> page = Http.get("/certificates/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("李明华") && page.body().contains("测试学术会议 " + event[0])
                && page.body().contains("I 类学分 3.0 分"), page.body());
        for (String hidden : new String[] {attendee, PHONE, INSTITUTION}) {
            assertFalse(page.body().contains(hidden), "the page does not show " + hidden);
        }
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a reader: " + page.headers().map());
        HttpResponse<String> english = Http.get("/en/certificates/" + code);
        assertTrue(english.body().contains("Test conference " + event[0]) && english.body().contains("Category I, 3.0 credits"));

        assertEquals(1, SMTP.await(absent, 1, SECONDS).size(), "no certificate for who did not attend");
    }

    @Test
    void staffTickTheAttendanceOnTheRegistrationsPageAndIssueTheCertificatesThere() {
        String user = "cme" + SERIAL.incrementAndGet();
        Fixtures.account(user, PASSPHRASE, "MEMBERSHIP");
        String[] event = event("staff", "CATEGORY_II", "2.0");
        String attendee = unique("staff");
        register(event, "陈医生", attendee, "");
        FormClient staff = FormClient.signedIn(user, PASSPHRASE);
        String page = "/admin/events/registrations.xhtml?id=" + event[2];
        String checkbox = "registrations:list:0:attended";
        assertTrue(staff.open(page).body().contains(checkbox), "the attendance checkbox of the confirmed registration");
        // as PrimeFaces sends a ticked checkbox's change (its default event): only the checkbox is processed
        HttpResponse<String> ticked = staff.ajax(page, "registrations", checkbox, fields("jakarta.faces.partial.execute",
                checkbox, "jakarta.faces.behavior.event", "valueChange", "jakarta.faces.partial.event", "change",
                checkbox + "_input", "on"));
        assertEquals(200, ticked.statusCode());
        assertEquals(attendee + " true CATEGORY_II 2.0", Fixtures.post("event-fixtures", "attendance",
                Map.of("event", event[2])).strip(), "the tick was saved with the credits: " + ticked.body());
        assertEquals(200, staff.ajax(page, "registrations", "registrations:issue", fields()).statusCode());
        assertEquals("您的学分证书已生成：测试学术会议 " + event[0], MailTesting.subject(SMTP.await(attendee, 2, SECONDS).get(1)));
        assertTrue(staff.open(page).body().contains("/certificates/"), "the row links its certificate");
    }

    @Test
    void aWrongCodeFindsNothing() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        for (String path : new String[] {"/certificates/" + code, "/certificates/" + code + ".pdf", "/certificates/x",
                "/en/certificates/" + code, "/certificates/%27%20OR%201%3D1"}) {
            HttpResponse<String> answer = Http.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), path);
        }
    }

    @Test
    void aMembersCreditsAddUpPerYear() {
        FixtureMember member = Fixtures.member("王学分");
        String[] first = event("year-a", "CATEGORY_I", "3.0");
        String[] second = event("year-b", "CATEGORY_I", "1.5");
        String[] third = event("year-c", "CATEGORY_II", "2.0");
        String[] notIssued = event("year-d", "CATEGORY_I", "4.0");
        for (String[] event : List.of(first, second, third, notIssued)) {
            String address = unique("member");
            register(event, "王学分", address, member.number());
            attend(event, address, true);
        }
        for (String[] event : List.of(first, second, third)) {
            assertEquals("1", Fixtures.post("event-fixtures", "issue", Map.of("event", event[2])).strip());
        }
        // the fixture events are all 30 days ahead: one year
        String year = Fixtures.post("event-fixtures", "credits", Map.of("member", String.valueOf(member.id())))
                .strip().split(" ")[0];
        assertEquals(year + " CATEGORY_I 4.5\n" + year + " CATEGORY_II 2.0",
                Fixtures.post("event-fixtures", "credits", Map.of("member", String.valueOf(member.id()))).strip());
    }

    /** A new published event with one type of 10 places and CME credits: its slug, its type's id, its id. */
    private static String[] event(String name, String category, String points) {
        String slug = name + "-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", "10",
                "cmeCategory", category, "cmePoints", points)).strip().split(" ");
        return new String[] {slug, ids[1], ids[0]};
    }

    private static void register(String[] event, String name, String address, String memberNumber) {
        FormClient reader = new FormClient();
        reader.open("/events/" + event[0]);
        Map<String, String> form = EventRegistrationIT.form(event[1], name, address);
        form.put("registration:memberNumber", memberNumber);
        assertEquals(302, reader.post("/events/" + event[0], form).statusCode());
    }

    private static String attend(String[] event, String address, boolean attended) {
        return Fixtures.post("event-fixtures", "attend", Map.of("event", event[2], "email", address,
                "attended", String.valueOf(attended))).strip();
    }


    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
