package org.association.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.association.common.Hashes;
import org.association.events.entity.PaymentMethod;
import org.association.mail.boundary.MailServer;
import org.association.mail.boundary.SharedSecrets;

/**
 * A FAKE payment provider, for the demo and the tests only: no money moves. It plays both sides of a real one. Its
 * payer's page (/payments/fake/pay?order=…) "pays" an order, and it then posts the callback a provider would: the
 * form {@code order=…&transaction=…&amount=…} signed with HMAC-SHA256 under a secret all servers share, in the header
 * {@value #SIGNATURE_HEADER}. What it "collected" and paid back it keeps in memory, as a provider's books.
 */
@ApplicationScoped
public class FakePaymentProvider implements PaymentProvider {

    public static final String NAME = "fake";
    public static final String SIGNATURE_HEADER = "X-Fake-Signature";
    /** The path of the payer's page, under the site. */
    public static final String PAYER_PATH = "/payments/fake/pay";
    private static final String SECRET = "fake-payment";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    private SharedSecrets secrets;

    @Inject
    private MailServer server;

    private final Map<String, BigDecimal> ordered = new ConcurrentHashMap<>();
    private final Map<String, PaymentNotice> paid = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> refunded = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.WECHAT;
    }

    @Override
    public String create(PaymentOrder order) {
        ordered.put(order.orderId(), order.amount());
        return server.siteUrl() + PAYER_PATH + "?order=" + URLEncoder.encode(order.orderId(), StandardCharsets.UTF_8);
    }

    /** The amount of an order opened here, if it was. */
    public Optional<BigDecimal> amountOf(String orderId) {
        return Optional.ofNullable(ordered.get(orderId));
    }

    /** The payer pays the order: the signed callback's body and signature, as the provider would post them. */
    public SignedCallback pay(String orderId) {
        BigDecimal amount = ordered.get(orderId);
        if (amount == null) {
            throw new IllegalArgumentException("no such fake order: " + orderId);
        }
        PaymentNotice notice = paid.computeIfAbsent(orderId, order -> new PaymentNotice(order,
                "FAKE-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(java.util.Locale.ROOT),
                amount));
        String body = "order=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8) + "&transaction="
                + notice.transactionId() + "&amount=" + amount.toPlainString();
        return new SignedCallback(body, sign(body));
    }

    @Override
    public Optional<PaymentNotice> verify(byte[] body, Map<String, String> headers) {
        String signature = headers.get(SIGNATURE_HEADER.toLowerCase(java.util.Locale.ROOT));
        if (signature == null || body == null) {
            return Optional.empty();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(new PaymentNotice(fields.get("order"), fields.get("transaction"),
                    new BigDecimal(fields.get("amount"))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<PaymentNotice> query(String orderId) {
        return Optional.ofNullable(paid.get(orderId));
    }

    @Override
    public String refund(String orderId, BigDecimal amount, String reason) {
        if (!paid.containsKey(orderId)) {
            throw new IllegalStateException("the fake provider has no payment of order " + orderId);
        }
        refunded.merge(orderId, amount, BigDecimal::add);
        return "FAKE-REFUND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** What the fake paid back of an order, as its books say. */
    public BigDecimal refundedOf(String orderId) {
        return refunded.getOrDefault(orderId, BigDecimal.ZERO.setScale(2));
    }

    private String sign(String body) {
        return ENCODER.encodeToString(Hashes.hmacSha256(secrets.named(SECRET), body));
    }

    /** A callback as the fake posts it: the form body and its signature header's value. */
    public record SignedCallback(String body, String signature) {
    }
}
