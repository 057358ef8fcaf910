package org.association.dues.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.association.events.entity.PaymentMethod;

/**
 * A payment provider (WeChat Pay, Alipay, or the local fake) behind one boundary, so that adding one touches neither
 * invoices nor payments: open an order for an amount, read a callback only when its signature is the provider's,
 * ask for an order's state, pay part or all of it back. A provider is a CDI bean; the setting
 * association.dues.payment-provider names the one in use (PaymentProviders).
 */
public interface PaymentProvider {

    /** The provider's name in the setting, the callback's address (/payments/callback/NAME) and the records. */
    String name();

    /** How a payment through it is recorded against the invoice. */
    PaymentMethod method();

    /** Opens an order: where the payer goes (or the QR code's text) to pay it. */
    String create(PaymentOrder order);

    /**
     * The callback's notice, if the body and headers are one the provider signed; empty for anything else (a forged,
     * tampered or unsigned callback), which must change nothing.
     */
    Optional<PaymentNotice> verify(byte[] body, Map<String, String> headers);

    /** The order as the provider knows it: empty while it is not paid. */
    Optional<PaymentNotice> query(String orderId);

    /** Pays back part or all of a paid order; answers the provider's number for the refund. */
    String refund(String orderId, BigDecimal amount, String reason);

    /** What we ask a provider to collect: our order id, the amount, what the payer reads, where to call back. */
    record PaymentOrder(String orderId, BigDecimal amount, String description, String callbackUrl) {
    }

    /** A provider's word that an order was paid: by its transaction, for that amount. */
    record PaymentNotice(String orderId, String transactionId, BigDecimal amount) {
    }
}
