package org.association.dues.boundary;

import java.math.BigDecimal;

/** An online order opened for an invoice: where the payer goes to pay it (or the QR code's text). */
public record OnlineOrder(long id, String orderId, BigDecimal amount, String payUrl) {
}
