package org.association.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.QrCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Membership certificates: the PDF states the member's names, number, kind, joining day, paid-up-until and issue day
 * and its verification code (read back with PDFBox), with a QR code of its public page (read with ZXing); that page
 * tells only name, number, kind and whether the membership is current today, and sets no cookie; a forged code or a
 * real signature on another id is a 404; staff download a member's certificate from the member's page, and an
 * applicant has none.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipCertificateIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final String PASSPHRASE = "a long passphrase for membership certificates";

    @Test
    void theCertificateStatesTheMembershipAndItsQrCodeLeadsToAPageThatConfirmsIt() throws Exception {
        String paidUpUntil = LocalDate.now().plusYears(1).toString();
        String email = unique("certified");
        String[] member = member("赵证书", "Zhao Zhengshu", email, "ACTIVE", paidUpUntil);
        String text;
        String qr;
        try (PDDocument document = Loader.loadPDF(certificate(member[0]))) {
            text = new PDFTextStripper().getText(document);
            qr = QrCodes.read(new PDFRenderer(document).renderImage(0, 2));
        }
        assertTrue(qr.startsWith(Browser.baseUrl() + "/certificates/membership/" + member[0] + "."), qr);
        String code = qr.substring(qr.lastIndexOf('/') + 1);
        for (String stated : new String[] {"会员证书", "赵证书", "Zhao Zhengshu", "会员编号 / Member number: " + member[1],
                "个人会员 / Individual member", "入会日期 / Joined on: 2024-01-01", "会费有效期至 / Paid up until: " + paidUpUntil,
                "签发日期 / Issued on: ", code}) {
            assertTrue(text.replace("\n", "").contains(stated), stated + " in " + text);
        }

        HttpResponse<String> page = Http.get("/certificates/membership/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("赵证书") && page.body().contains(member[1])
                && page.body().contains("有效（正式会员，会费已缴）"), page.body());
        for (String hidden : new String[] {email, "成都高新医院", "028-85123456"}) {
            assertFalse(page.body().contains(hidden), "the page does not show " + hidden);
        }
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a reader: " + page.headers().map());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> english = Http.get("/en/certificates/membership/" + code);
        assertTrue(english.body().contains("Current (active, dues paid up)"), english.body());
    }

    @Test
    void aMemberWhoseDuesRanOutHasAGenuineCertificateOfAMembershipNotCurrent() throws Exception {
        String[] member = member("钱过期", null, unique("lapsed"), "ACTIVE", LocalDate.now().minusMonths(2).toString());
        String code = codeOf(member[0]);
        HttpResponse<String> page = Http.get("/en/certificates/membership/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This membership certificate is genuine") && page.body().contains("Not current"),
                page.body());
    }

    @Test
    void aForgedCodeOrASignatureMovedToAnotherIdFindsNothing() throws Exception {
        String[] member = member("孙真伪", null, unique("forged"), "ACTIVE", LocalDate.now().plusMonths(6).toString());
        String code = codeOf(member[0]);
        String signature = code.substring(code.indexOf('.') + 1);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String forged = member[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long other = Long.parseLong(member[0]) + 1;
        for (String path : new String[] {"/certificates/membership/" + forged, "/certificates/membership/" + other + "."
                + signature, "/en/certificates/membership/" + forged, "/certificates/membership/" + code.substring(1),
                "/certificates/membership/x", "/certificates/membership/%27%20OR%201%3D1"}) {
            HttpResponse<String> answer = Http.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), path);
        }
    }

    @Test
    void staffDownloadAMembersCertificateFromTheMembersPageAndAnApplicantHasNone() throws Exception {
        String user = "certs" + SERIAL.incrementAndGet();
        Fixtures.account(user, PASSPHRASE, "MEMBERSHIP");
        String[] member = member("李下载", null, unique("download"), "ACTIVE", LocalDate.now().plusMonths(6).toString());
        String[] applicant = member("周申请", null, unique("applicant"), "APPLICANT", null);
        FormClient staff = FormClient.signedIn(user, PASSPHRASE);
        assertTrue(staff.open("/admin/members/edit.xhtml?id=" + member[0]).body().contains("certificate?id=" + member[0]),
                "the member's page links the certificate");
        assertFalse(staff.open("/admin/members/edit.xhtml?id=" + applicant[0]).body().contains("certificateLink"),
                "an applicant's page offers none");
        HttpResponse<byte[]> pdf = bytes(staff, "/admin/members/certificate?id=" + member[0]);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("李下载"));
        }
        assertEquals(404, bytes(staff, "/admin/members/certificate?id=" + applicant[0]).statusCode());
        assertFalse(Http.getBytes("/admin/members/certificate?id=" + member[0]).headers().firstValue("Content-Type")
                .orElse("").startsWith("application/pdf"), "no certificate without a login");
    }

    /** The member's id and number. */
    private static String[] member(String name, String nameEn, String email, String status, String paidUpUntil) {
        Map<String, String> fields = new HashMap<>(Map.of("name", name, "email", email, "status", status));
        if (nameEn != null) {
            fields.put("nameEn", nameEn);
        }
        if (paidUpUntil != null) {
            fields.put("paidUpUntil", paidUpUntil);
        }
        return Fixtures.post("membership-fixtures", "member", fields).strip().split(" ");
    }

    private static byte[] certificate(String memberId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.baseUrl()
                        + "/association-tests/membership-fixtures/certificate"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("member=" + URLEncoder.encode(memberId, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The verification code, as the certificate's QR code holds it. */
    private static String codeOf(String memberId) throws Exception {
        try (PDDocument document = Loader.loadPDF(certificate(memberId))) {
            String qr = QrCodes.read(new PDFRenderer(document).renderImage(0, 2));
            return qr.substring(qr.lastIndexOf('/') + 1);
        }
    }

    /** A file staff download in their session. */
    private static HttpResponse<byte[]> bytes(FormClient client, String path) {
        return Http.getBytes(path, "Cookie", "JSESSIONID=" + client.cookie("JSESSIONID"));
    }


    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }

    /** The EAR as built, and the test module whose MembershipFixtureServlet makes members and their requests. */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }
}
