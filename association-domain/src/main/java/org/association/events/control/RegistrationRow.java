package org.association.events.control;

import java.io.Serializable;
import java.math.BigDecimal;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;

/** A registration with what its payments add up to: what the table and the export show of it. */
public record RegistrationRow(Registration registration, BigDecimal paid) implements Serializable {

    /** What is still to pay: the price less the payments; nothing for a cancelled registration (refunds settle it). */
    public BigDecimal outstanding() {
        return registration.getStatus() == RegistrationStatus.CANCELLED ? BigDecimal.ZERO.setScale(2)
                : registration.getPrice().subtract(paid).setScale(2);
    }

    /** Paid, partly paid, unpaid, overpaid, or free (nothing to pay). */
    public PaymentState paymentState() {
        BigDecimal due = registration.getStatus() == RegistrationStatus.CANCELLED ? BigDecimal.ZERO : registration.getPrice();
        if (due.signum() == 0 && paid.signum() == 0) {
            return PaymentState.FREE;
        }
        int compared = paid.compareTo(due);
        if (compared > 0) {
            return PaymentState.OVERPAID;
        }
        if (compared == 0) {
            return PaymentState.PAID;
        }
        return paid.signum() > 0 ? PaymentState.PART_PAID : PaymentState.UNPAID;
    }

    /** The states of a registration's payments against its price. */
    public enum PaymentState {
        FREE,
        UNPAID,
        PART_PAID,
        PAID,
        OVERPAID
    }
}
