package org.association.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.ServerLog;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Online payment through the fake provider, over HTTP as a provider and a payer reach the site: an order for what the
 * invoice asks; its signed callback confirms the payment once (delivered twice, or eight at once) and moves
 * paid-up-until through the confirmation; a tampered, unsigned or wrongly signed callback is refused and changes
 * nothing; the fake's payer page pays; a query confirms an order whose callback was lost; a refund through the
 * provider is a dues refund record. Each test works in a year of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnlinePaymentIT {

    /** Years past DuesIT's and before DuesBrowserIT's. */
    private static final AtomicInteger YEAR = new AtomicInteger(8300 + new SecureRandom().nextInt(300) * 2);
    private static final String CALLBACK = "/payments/callback/fake";
    private static final String FEE = "300.00";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aSignedCallbackConfirmsThePaymentOnceAndPaidUpUntilMovesThroughTheConfirmation() {
        int year = YEAR.incrementAndGet();
        Invoice invoice = invoice(year, "在线甲");
        Order order = start(invoice);
        assertEquals(FEE, order.amount());
        assertTrue(order.payUrl().endsWith("/payments/fake/pay?order=" + order.orderId()), order.payUrl());
        assertTrue(order.orderId().startsWith(invoice.reference() + "-"), order.orderId());
        assertEquals("CREATED null 0.00", online("order", Map.of("id", order.id())));
        assertEquals((year - 1) + "-12-31", paidUpUntil(invoice), "an order moves nothing");

        String[] signed = signed(order);
        HttpResponse<String> first = callback(signed[0], signed[1]);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("SUCCESS", first.body());
        String[] state = online("order", Map.of("id", order.id())).split(" ");
        assertEquals("PAID", state[0]);
        assertTrue(state[1].startsWith("FAKE-"), state[1]);
        assertEquals(FEE + " CONFIRMED WECHAT " + state[1] + " provider:fake", payments(invoice));
        assertEquals(year + "-12-31", paidUpUntil(invoice));

        HttpResponse<String> again = callback(signed[0], signed[1]);
        assertEquals(200, again.statusCode(), "the same callback again is taken, so the provider stops sending it");
        assertEquals(1, payments(invoice).lines().count(), "and confirms nothing more");
        List<String> audit = online("audit", Map.of("id", order.id())).lines().toList();
        assertTrue(audit.contains("paid provider:fake"), audit.toString());
        assertEquals(1, audit.stream().filter(line -> line.startsWith("paid ")).count(), audit.toString());
        assertTrue(Fixtures.post("portal-fixtures", "audit", Map.of("member", invoice.member())).contains("renew provider:fake"),
                "the renewal is the provider's, through the register");
        assertEquals("refused error.dues.nothingOutstanding", online("start", Map.of("invoice", invoice.id())));

        HttpResponse<String> staffPage = FormClient.signedIn("admin", StaffLogin.adminPassword())
                .get("/admin/dues/invoice.xhtml?id=" + invoice.id());
        assertEquals(200, staffPage.statusCode());
        assertTrue(staffPage.body().contains(order.orderId()) && staffPage.body().contains("已付款")
                && staffPage.body().contains(state[1]), "staff see the order and the provider's state");
    }

    @Test
    void eightCallbacksAtOnceConfirmThePaymentOnceAndRenewTheMemberOnce() throws Exception {
        Invoice invoice = invoice(YEAR.incrementAndGet(), "在线并发");
        String[] signed = signed(start(invoice));
        int atOnce = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                statuses.add(threads.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    return callback(signed[0], signed[1]).statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(90, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, payments(invoice).lines().count(), payments(invoice));
        assertTrue(payments(invoice).startsWith(FEE + " CONFIRMED"), payments(invoice));
        assertEquals(1, Fixtures.post("portal-fixtures", "audit", Map.of("member", invoice.member())).lines()
                .filter(line -> line.startsWith("renew ")).count(), "one renewal");
    }

    @Test
    void aTamperedUnsignedOrWronglySignedCallbackIsRefusedAndChangesNothing() {
        Invoice invoice = invoice(YEAR.incrementAndGet(), "在线伪造");
        Order order = start(invoice);
        String[] signed = signed(order);
        long mark = ServerLog.mark();

        String tampered = signed[0].replace("amount=" + FEE, "amount=1.00");
        assertTrue(!tampered.equals(signed[0]), signed[0]);
        assertEquals(401, callback(tampered, signed[1]).statusCode(), "another amount under the signature");
        assertEquals(401, callback(signed[0], null).statusCode(), "no signature");
        assertEquals(401, callback(signed[0], signed[1].substring(1) + "A").statusCode(), "another signature");
        assertEquals(400, Http.post("/payments/callback/wechat", signed[0], "X-Fake-Signature", signed[1]).statusCode(),
                "a provider not in use");

        assertEquals("CREATED null 0.00", online("order", Map.of("id", order.id())));
        assertEquals("", payments(invoice));
        assertEquals((invoice.year() - 1) + "-12-31", paidUpUntil(invoice));
        String log = ServerLog.since(mark);
        assertTrue(log.contains("payment-callback-refused") && log.contains("BAD_SIGNATURE"), log);
    }

    @Test
    void theFakePayersPagePaysTheOrderAndAQueryConfirmsOneWhoseCallbackWasLost() {
        Invoice paying = invoice(YEAR.incrementAndGet(), "在线付款页");
        Order order = start(paying);
        String page = path(order.payUrl());
        HttpResponse<String> shown = Http.get(page);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("FAKE") && shown.body().contains(order.orderId()) && shown.body().contains(FEE),
                shown.body());
        HttpResponse<String> paid = Http.post(page, "");
        assertEquals(200, paid.statusCode(), paid.body());
        assertTrue(paid.body().contains("id=\"paid\""), paid.body());
        assertTrue(online("order", Map.of("id", order.id())).startsWith("PAID "));
        assertEquals(paying.year() + "-12-31", paidUpUntil(paying));
        assertEquals(404, Http.get("/payments/fake/pay?order=NO-SUCH-ORDER").statusCode());

        Invoice lost = invoice(YEAR.incrementAndGet(), "在线丢失");
        Order unanswered = start(lost);
        signed(unanswered);
        assertEquals("CREATED null 0.00", online("order", Map.of("id", unanswered.id())), "the callback never came");
        assertEquals("PAID", online("query", Map.of("id", unanswered.id())));
        assertTrue(payments(lost).startsWith(FEE + " CONFIRMED WECHAT FAKE-"), payments(lost));
        assertEquals("PAID", online("query", Map.of("id", unanswered.id())), "asking again changes nothing");
        assertEquals(1, payments(lost).lines().count());
    }

    @Test
    void aRefundThroughTheProviderIsADuesRefundRecordAndNeverMoreThanWasPaid() {
        Invoice invoice = invoice(YEAR.incrementAndGet(), "在线退款");
        Order order = start(invoice);
        String[] signed = signed(order);
        assertEquals(200, callback(signed[0], signed[1]).statusCode());

        assertEquals("refused error.dues.reasonRequired", online("refund", Map.of("id", order.id(), "amount", "100.00",
                "reason", " ")));
        assertEquals("refunded", online("refund", Map.of("id", order.id(), "amount", "100.00", "reason", "多缴")));
        assertTrue(online("order", Map.of("id", order.id())).endsWith(" 100.00"));
        assertEquals("100.00", online("fake-refunded", Map.of("order", order.orderId())), "paid back by the provider");
        String adjustments = online("adjustments", Map.of("invoice", invoice.id()));
        assertTrue(adjustments.startsWith("REFUND 100.00 多缴 (fake refund FAKE-REFUND-"), adjustments);
        assertEquals(FEE + " CONFIRMED", payments(invoice).substring(0, (FEE + " CONFIRMED").length()),
                "the payment stays as it was");
        assertEquals("refused error.dues.refundMoreThanPaid", online("refund", Map.of("id", order.id(), "amount", "200.01",
                "reason", "too much")));
        assertEquals(1, online("adjustments", Map.of("invoice", invoice.id())).lines().count());
    }

    /** An invoice of an active physician paid up to the year before: its id, reference, member and year. */
    private record Invoice(String id, String reference, String member, int year) {
    }

    private record Order(String id, String orderId, String amount, String payUrl) {
    }

    private static Invoice invoice(int year, String name) {
        String[] invoice = Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(year), "name",
                name + year, "amount", FEE)).strip().split(" ");
        return new Invoice(invoice[0], invoice[1], invoice[2], year);
    }

    private static Order start(Invoice invoice) {
        String[] order = online("start", Map.of("invoice", invoice.id())).split(" ");
        return new Order(order[0], order[1], order[2], order[3]);
    }

    /** The fake pays the order: its callback's body and signature, not yet posted. */
    private static String[] signed(Order order) {
        return online("signed", Map.of("order", order.orderId())).split("\n");
    }

    /** Posts a callback as the provider does: the form body, signed (or not) in the fake's header. */
    private static HttpResponse<String> callback(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + CALLBACK))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Fake-Signature", signature);
        }
        return Http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String payments(Invoice invoice) {
        return online("payments", Map.of("invoice", invoice.id()));
    }

    private static String paidUpUntil(Invoice invoice) {
        return Fixtures.post("dues-fixtures", "paid-up-until", Map.of("member", invoice.member())).strip();
    }

    private static String online(String what, Map<String, String> fields) {
        return Fixtures.post("online-payment-fixtures", what, fields).strip();
    }

    /** The path of an address on this site. */
    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
