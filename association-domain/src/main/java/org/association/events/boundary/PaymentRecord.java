package org.association.events.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.events.entity.PaymentMethod;

/** A payment as its recorder tells it: how much (negative for a refund), how, on which day, and its reference. */
public record PaymentRecord(BigDecimal amount, PaymentMethod method, LocalDate paidOn, String reference) {
}
