package org.association.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.MailFixtureServlet;
import org.association.testing.MailTesting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Member A, signed in to the portal, tries every address and action of it with member B's ids: B's invoices, payments,
 * voucher, certificate and change request, put in query strings, in tampered form fields and in B's own view state,
 * and the back office's addresses that take them. Nothing of B's appears in any answer and nothing of B's changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberRecordsIdorIT {

    /** Years of this test's own, two a test (B's invoice in the second), apart from the other dues tests' years. */
    private static final int FIRST_YEAR = 8600 + 10 * new SecureRandom().nextInt(30);
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static final Pattern FILE_INPUT = Pattern.compile("<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"");

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    private String serial;
    private String[] invoiceA;
    private String[] invoiceB;
    private String nameB;
    private String addressB;
    private String paymentB;
    private String requestB;
    private FormClient memberA;
    /** Every answer A got: none may show anything of B's. */
    private final List<String> seenByA = new ArrayList<>();

    @BeforeEach
    void twoMembersWithInvoicesBWithAReportedTransferAndAPendingRequest() {
        serial = String.valueOf(System.nanoTime() % 1_000_000);
        String addressA = MemberSignInIT.unique("idor-a");
        addressB = MemberSignInIT.unique("idor-b");
        nameB = "乙会员" + serial;
        int year = FIRST_YEAR + 2 * TESTS.getAndIncrement();
        invoiceA = invoice(year, "甲会员" + serial, addressA);
        invoiceB = invoice(year + 1, nameB, addressB);

        FormClient memberB = signedIn(addressB);
        HttpResponse<String> page = memberB.open("/member/");
        assertTrue(page.body().contains(invoiceB[1]), "B sees their own invoice");
        HttpResponse<String> reported = memberB.multipart("/member/", transfer(invoiceB[0], "300.00", "B-" + serial),
                fileInput(page.body()), "回单.png", MailFixtureServlet.png());
        assertTrue(reported.body().contains("转账已报送"), FormClient.errors(reported.body()).toString());
        assertEquals("300.00 RECORDED true 回单.png null", payments(invoiceB[0]));
        paymentB = Fixtures.post("dues-fixtures", "payment-ids", Map.of("invoice", invoiceB[0])).strip();
        requestB = Fixtures.post("membership-fixtures", "request", Map.of("member", invoiceB[2], "EMPLOYER", "乙医院"
                + serial)).strip();
        assertEquals(requestB, pendingRequest(invoiceB[2]));

        memberA = signedIn(addressA);
    }

    @Test
    void aMembersPageAndCertificateAreTheirOwnWhateverIdsTheAddressCarries() throws Exception {
        String page = seen(memberA.get("/member/"));
        assertTrue(page.contains(invoiceA[1]), "A sees their own invoice");
        for (String query : new String[] {"?id=" + invoiceB[2], "?member=" + invoiceB[2], "?invoice=" + invoiceB[0],
                "?payment=" + paymentB, "?request=" + requestB}) {
            HttpResponse<String> answer = memberA.get("/member/" + query);
            seen(answer);
            assertEquals(200, answer.statusCode(), query);
            assertTrue(answer.body().contains(invoiceA[1]), "still A's page: " + query);
        }
        for (String query : new String[] {"", "?id=" + invoiceB[2], "?member=" + invoiceB[2] + "&id=" + invoiceB[2]}) {
            HttpResponse<byte[]> pdf = Http.getBytes("/member/certificate.pdf" + query, "Cookie", session(memberA));
            assertEquals(200, pdf.statusCode(), query);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document);
                seenByA.add(text);
                assertTrue(text.contains("甲会员" + serial), "A's certificate: " + query);
            }
        }
        assertNoneOfBs();
    }

    @Test
    void theBackOfficesAddressesForBsRecordsLookLikeNoPageToAMember() {
        for (String path : new String[] {"/admin/", "/admin/dues/", "/admin/dues/invoice.xhtml?id=" + invoiceB[0],
                "/admin/dues/voucher?payment=" + paymentB, "/admin/members/certificate?id=" + invoiceB[2],
                "/admin/members/edit.xhtml?id=" + invoiceB[2], "/admin/members/changes.xhtml",
                "/admin/members/change.xhtml?id=" + requestB, "/admin/audit/", "/member/voucher?payment=" + paymentB,
                "/member/invoice.xhtml?id=" + invoiceB[0]}) {
            HttpResponse<String> answer = memberA.get(path);
            seen(answer);
            assertEquals(404, answer.statusCode(), path + " looks like no page to a member");
        }
        assertNoneOfBs();
    }

    @Test
    void aTransferReportedOnBsInvoiceByATamperedFieldOrWithBsViewStateRecordsNothing() {
        HttpResponse<String> page = memberA.open("/member/");
        seen(page);
        assertFalse(page.body().contains("value=\"" + invoiceB[0] + "\""), "B's invoice is no choice in A's form");
        HttpResponse<String> tampered = memberA.multipart("/member/", transfer(invoiceB[0], "300.00", "A-" + serial),
                fileInput(page.body()), "回单.png", MailFixtureServlet.png());
        seen(tampered);
        assertFalse(tampered.body().contains("转账已报送"), "refused");
        assertFalse(FormClient.errors(tampered.body()).isEmpty(), "and told: " + tampered.body());

        FormClient memberB = signedIn(addressB);
        memberB.open("/member/");
        String viewStateOfB = memberB.viewState();
        memberA.open("/member/");
        HttpResponse<String> forged = memberA.withViewState(viewStateOfB).multipart("/member/",
                transfer(invoiceB[0], "1.00", "A2-" + serial), fileInput(page.body()), "回单.png", MailFixtureServlet.png());
        seen(forged);
        assertFalse(forged.body().contains("转账已报送"), "B's view state does nothing in A's session");

        assertEquals("300.00 RECORDED true 回单.png null", payments(invoiceB[0]), "B's invoice has B's payment only");
        assertEquals("", payments(invoiceA[0]), "and nothing went to A's either");
        assertNoneOfBs();
    }

    @Test
    void aWithdrawalOrAChangeRequestWithBsIdsInTheFormTouchesOnlyAsOwn() {
        memberA.open("/member/");
        HttpResponse<String> withdrawNone = memberA.post("/member/", FormClient.fields("withdraw", "withdraw",
                "withdraw:withdrawChange", "", "id", requestB, "withdraw:id", requestB));
        seen(withdrawNone);
        assertEquals(requestB, pendingRequest(invoiceB[2]), "B's request still waits");

        memberA.open("/member/");
        HttpResponse<String> asked = memberA.post("/member/", FormClient.fields("change", "change", "change:name",
                "甲会员" + serial, "change:nameEn", "", "change:licenceNumber", "", "change:professionalTitle", "",
                "change:employer", "甲医院" + serial, "change:requestChange", "", "member", invoiceB[2],
                "change:member", invoiceB[2], "memberId", invoiceB[2]));
        seen(asked);
        assertTrue(asked.body().contains("变更申请已提交"), FormClient.errors(asked.body()).toString());
        String requestA = pendingRequest(invoiceA[2]);
        assertNotEquals("none", requestA, "the request is A's own");
        assertEquals(requestB, pendingRequest(invoiceB[2]), "B's is B's as it was");

        memberA.open("/member/");
        HttpResponse<String> withdrawn = memberA.post("/member/", FormClient.fields("withdraw", "withdraw",
                "withdraw:withdrawChange", "", "id", requestB, "withdraw:id", requestB, "version", "0"));
        seen(withdrawn);
        assertTrue(withdrawn.body().contains("变更申请已撤回"), FormClient.errors(withdrawn.body()).toString());
        assertEquals("none", pendingRequest(invoiceA[2]), "A withdrew their own");
        assertEquals(requestB, pendingRequest(invoiceB[2]), "and B's still waits");
        String employerB = Fixtures.post("membership-fixtures", "read", Map.of("member", invoiceB[2]));
        assertFalse(employerB.contains("甲医院"), "nothing of A's request reached B: " + employerB);
        assertNoneOfBs();
    }

    /** B's name, address, invoice reference and voucher never show in what A got. */
    private void assertNoneOfBs() {
        for (String answer : seenByA) {
            for (String ofB : new String[] {nameB, addressB, invoiceB[1], "B-" + serial}) {
                assertFalse(answer.contains(ofB), ofB + " shown to A in: " + answer);
            }
        }
    }

    private String seen(HttpResponse<String> answer) {
        seenByA.add(answer.body());
        return answer.body();
    }

    private static Map<String, String> transfer(String invoiceId, String amount, String reference) {
        return FormClient.fields("transfer", "transfer", "transfer:invoice_input", invoiceId, "transfer:amount", amount,
                "transfer:paidOn_input", LocalDate.now().toString(), "transfer:reference", reference, "transfer:report", "");
    }

    /** The name of the voucher's file input, as the page renders it. */
    private static String fileInput(String page) {
        Matcher input = FILE_INPUT.matcher(page);
        assertTrue(input.find(), "the page has a file input");
        return input.group(1);
    }

    private static String[] invoice(int year, String name, String address) {
        return Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(year), "name", name, "amount", "300.00",
                "email", address)).strip().split(" ");
    }

    private static String payments(String invoice) {
        return Fixtures.post("dues-fixtures", "payments", Map.of("invoice", invoice)).strip();
    }

    private static String pendingRequest(String member) {
        return Fixtures.post("membership-fixtures", "pending", Map.of("member", member)).strip();
    }

    private static String session(FormClient client) {
        return "JSESSIONID=" + client.cookie("JSESSIONID");
    }

    /** A browser signed in by the link mailed to the address. */
    private static FormClient signedIn(String address) {
        FormClient browser = new FormClient();
        int before = SMTP.to(address).size();
        MemberSignInIT.askForLink(browser, address);
        String link = MemberSignInIT.link(SMTP.await(address, before + 1, 30).get(before));
        assertEquals("/member/", MemberSignInIT.location(browser.get(link)));
        return browser;
    }
}
