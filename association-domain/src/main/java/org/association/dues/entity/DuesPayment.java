package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.association.common.BusinessException;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.events.entity.PaymentMethod;

/**
 * Money a member paid against an invoice, as staff (or the member, with the transfer's voucher) recorded it. It counts
 * only once staff confirm it; then its fiscal receipt's number and date (社会团体会费统一收据, issued in the provincial
 * system) can be recorded. Append-only: never deleted, its amount never changed; money paid back is a refund
 * ({@link DuesAdjustment}).
 */
@Entity
@Table(name = "DUES_PAYMENT")
public class DuesPayment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int REFERENCE_MAX = 100;
    public static final int RECEIPT_MAX = 50;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false, updatable = false)
    private Invoice invoice;

    @NotNull
    @DecimalMin("0.01")
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private PaymentMethod method;

    @NotNull
    @Column(name = "PAID_ON", nullable = false, updatable = false)
    private LocalDate paidOn;

    @UniqueKey("DUES_PAYMENT_REFERENCE_UQ")
    @Size(max = REFERENCE_MAX)
    @Column(updatable = false, length = REFERENCE_MAX)
    private String reference;

    /** Recorded by the member in the portal rather than by staff. */
    @Column(name = "BY_MEMBER", nullable = false, updatable = false)
    private boolean byMember;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentState state = PaymentState.RECORDED;

    @Column(name = "CONFIRMED_BY", length = 50)
    private String confirmedBy;

    @Column(name = "CONFIRMED_AT")
    private LocalDateTime confirmedAt;

    @Size(max = RECEIPT_MAX)
    @Column(name = "RECEIPT_NUMBER", length = RECEIPT_MAX)
    private String receiptNumber;

    @Column(name = "RECEIPT_DATE")
    private LocalDate receiptDate;

    @Column(name = "VOUCHER_NAME", updatable = false, length = 255)
    private String voucherName;

    @Column(name = "VOUCHER_TYPE", updatable = false, length = 100)
    private String voucherType;

    protected DuesPayment() {
    }

    public DuesPayment(Invoice invoice, BigDecimal amount, PaymentMethod method, LocalDate paidOn, String reference,
            boolean byMember) {
        this.invoice = invoice;
        this.amount = amount;
        this.method = method;
        this.paidOn = paidOn;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.byMember = byMember;
    }

    /** The voucher that goes with it, as stored (its bytes are a {@link DuesVoucher}). */
    public void attachVoucher(String fileName, String contentType) {
        this.voucherName = fileName;
        this.voucherType = contentType;
    }

    /** The fiscal receipt issued for a confirmed payment; a number staff typed wrong is corrected the same way. */
    public void recordReceipt(String number, LocalDate date) {
        if (state != PaymentState.CONFIRMED) {
            throw new BusinessException("error.dues.receiptBeforeConfirmation");
        }
        if (number == null || number.isBlank() || date == null) {
            throw new BusinessException("error.dues.receiptRequired");
        }
        this.receiptNumber = number.strip();
        this.receiptDate = date;
    }

    /** Waiting for staff to confirm it. */
    public boolean isRecorded() {
        return state == PaymentState.RECORDED;
    }

    public boolean isConfirmed() {
        return state == PaymentState.CONFIRMED;
    }

    public Invoice getInvoice() {
        return invoice;
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

    public boolean isByMember() {
        return byMember;
    }

    public PaymentState getState() {
        return state;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public LocalDate getReceiptDate() {
        return receiptDate;
    }

    public String getVoucherName() {
        return voucherName;
    }

    public String getVoucherType() {
        return voucherType;
    }

    public boolean hasVoucher() {
        return voucherName != null;
    }
}
