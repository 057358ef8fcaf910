package org.association.dues.boundary;

import java.time.LocalDateTime;

/**
 * The outcome of a confirmation: whether this call confirmed the payment, or someone had already (and then who, when).
 */
public record Confirmation(long paymentId, boolean confirmedNow, String confirmedBy, LocalDateTime confirmedAt) {
}
