package org.association.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * Money received for a registration, or paid back (a negative amount). Append-only: a record is never changed or
 * deleted; a mistake is put right by a record of the opposite amount. A reference (the bank's, the provider's or the
 * receipt's number) is recorded once per registration.
 */
@Entity
@Table(name = "EVENT_PAYMENT")
public class Payment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int REFERENCE_MAX = 100;
    public static final int CONFIRMED_BY_MAX = 50;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "REGISTRATION_ID", nullable = false, updatable = false)
    private Registration registration;

    @NotNull
    @Digits(integer = 8, fraction = 2)
    @Column(nullable = false, updatable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private PaymentMethod method;

    @NotNull
    @Column(name = "PAID_ON", nullable = false, updatable = false)
    private LocalDate paidOn;

    @UniqueKey("EVENT_PAYMENT_REFERENCE_UQ")
    @Size(max = REFERENCE_MAX)
    @Column(updatable = false, length = REFERENCE_MAX)
    private String reference;

    @NotNull
    @Size(max = CONFIRMED_BY_MAX)
    @Column(name = "CONFIRMED_BY", nullable = false, updatable = false, length = CONFIRMED_BY_MAX)
    private String confirmedBy;

    @NotNull
    @Column(name = "CONFIRMED_AT", nullable = false, updatable = false)
    private LocalDateTime confirmedAt;

    protected Payment() {
    }

    public Payment(Registration registration, BigDecimal amount, PaymentMethod method, LocalDate paidOn, String reference,
            String confirmedBy, LocalDateTime confirmedAt) {
        this.registration = registration;
        this.amount = amount;
        this.method = method;
        this.paidOn = paidOn;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    /** Nothing paid is nothing to record. */
    @AssertTrue(message = "{association.payment.amount}")
    public boolean isAmountNotZero() {
        return amount == null || amount.signum() != 0;
    }

    public Registration getRegistration() {
        return registration;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReference() {
        return reference;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
