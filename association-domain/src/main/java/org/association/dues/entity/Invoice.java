package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.membership.entity.Member;

/**
 * 缴费通知: what a member owes for a period, with the remittance reference to quote on the transfer. What was paid
 * (confirmed payments less refunds) and written off is kept here in step with those records, so that the status, the
 * list's filter and the report need no sums over them; only the dues service moves it, under this row's lock.
 */
@Entity
@Table(name = "DUES_INVOICE")
public class Invoice extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int REFERENCE_MAX = 20;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false, updatable = false)
    private Member member;

    @UniqueKey("DUES_INVOICE_PERIOD_UQ")
    @NotNull
    @Column(name = "PERIOD_START", nullable = false, updatable = false)
    private LocalDate periodStart;

    @NotNull
    @Column(name = "PERIOD_END", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @NotNull
    @DecimalMin("0.01")
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Column(name = "DUE_ON", nullable = false, updatable = false)
    private LocalDate dueOn;

    @UniqueKey("DUES_INVOICE_REFERENCE_UQ")
    @NotNull
    @Size(max = REFERENCE_MAX)
    @Column(nullable = false, updatable = false, length = REFERENCE_MAX)
    private String reference;

    @NotNull
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal paid = BigDecimal.ZERO.setScale(2);

    @NotNull
    @Column(name = "WRITTEN_OFF", nullable = false, precision = 12, scale = 2)
    private BigDecimal writtenOff = BigDecimal.ZERO.setScale(2);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceStatus status = InvoiceStatus.OUTSTANDING;

    protected Invoice() {
    }

    public Invoice(Member member, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, LocalDate dueOn,
            String reference) {
        this.member = member;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = amount;
        this.dueOn = dueOn;
        this.reference = reference;
    }

    @AssertTrue(message = "{association.invoice.period}")
    public boolean isPeriodInOrder() {
        return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
    }

    /** What is still to pay: the amount less what was paid and written off, never below nothing. */
    public BigDecimal outstanding() {
        return amount.subtract(paid).subtract(writtenOff).max(BigDecimal.ZERO.setScale(2));
    }

    /** A confirmed payment adds to what was paid, a refund (negative) takes from it. */
    public void addPaid(BigDecimal change) {
        paid = paid.add(change);
        settle();
    }

    public void addWrittenOff(BigDecimal change) {
        writtenOff = writtenOff.add(change);
        settle();
    }

    /** The status as the sums say: paid in full, the rest given up, something paid, or nothing yet. */
    void settle() {
        if (paid.compareTo(amount) >= 0) {
            status = InvoiceStatus.PAID;
        } else if (writtenOff.signum() > 0 && paid.add(writtenOff).compareTo(amount) >= 0) {
            status = InvoiceStatus.WRITTEN_OFF;
        } else if (paid.signum() > 0) {
            status = InvoiceStatus.PART_PAID;
        } else {
            status = InvoiceStatus.OUTSTANDING;
        }
    }

    public Member getMember() {
        return member;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getReference() {
        return reference;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getWrittenOff() {
        return writtenOff;
    }

    public InvoiceStatus getStatus() {
        return status;
    }
}
