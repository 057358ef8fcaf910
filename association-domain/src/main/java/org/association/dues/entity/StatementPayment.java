package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * A bank statement's line that paid an invoice: the payment it became, whether staff matched it by hand, and the
 * member's paid-up-until before and after its confirmation, which a revert puts back. While the payment stands the
 * line's fingerprint is its paying fingerprint, unique: the same bank line never pays twice.
 */
@Entity
@Table(name = "STATEMENT_PAYMENT")
public class StatementPayment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "BATCH_ID", nullable = false, updatable = false)
    private StatementBatch batch;

    @Column(name = "LINE_ROW", nullable = false, updatable = false)
    private int lineRow;

    @NotNull
    @Column(nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @UniqueKey("STATEMENT_PAYING_UQ")
    @Column(name = "PAYING_FINGERPRINT", length = 64)
    private String payingFingerprint;

    @UniqueKey("STATEMENT_PAYMENT_UQ")
    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYMENT_ID", nullable = false, updatable = false)
    private DuesPayment payment;

    @Column(name = "BY_HAND", nullable = false, updatable = false)
    private boolean byHand;

    @Column(name = "PAID_UP_BEFORE", updatable = false)
    private LocalDate paidUpBefore;

    @Column(name = "PAID_UP_AFTER", updatable = false)
    private LocalDate paidUpAfter;

    @Column(name = "REVERSED_AT")
    private LocalDateTime reversedAt;

    protected StatementPayment() {
    }

    public StatementPayment(StatementBatch batch, int lineRow, String fingerprint, DuesPayment payment, boolean byHand,
            LocalDate paidUpBefore, LocalDate paidUpAfter) {
        this.batch = batch;
        this.lineRow = lineRow;
        this.fingerprint = fingerprint;
        this.payingFingerprint = fingerprint;
        this.payment = payment;
        this.byHand = byHand;
        this.paidUpBefore = paidUpBefore;
        this.paidUpAfter = paidUpAfter;
    }

    /** The payment was reversed: the bank line pays nothing now, and a later import of it may pay again. */
    public void reversed(LocalDateTime at) {
        reversedAt = at;
        payingFingerprint = null;
    }

    public StatementBatch getBatch() {
        return batch;
    }

    public int getLineRow() {
        return lineRow;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public DuesPayment getPayment() {
        return payment;
    }

    public boolean isByHand() {
        return byHand;
    }

    public LocalDate getPaidUpBefore() {
        return paidUpBefore;
    }

    public LocalDate getPaidUpAfter() {
        return paidUpAfter;
    }

    public LocalDateTime getReversedAt() {
        return reversedAt;
    }
}
