package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.association.common.BusinessException;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * One attempt to pay an invoice online: the order we opened with a payment provider, for the amount outstanding then.
 * It becomes PAID once, when the provider's signed callback (or a query) says the money arrived; that records and
 * confirms a {@link DuesPayment} through the ledger like any other. What is paid back through the provider adds up in
 * {@code refunded}, each refund being a {@link DuesAdjustment} as well. Never deleted.
 */
@Entity
@Table(name = "DUES_ONLINE_PAYMENT")
@NamedQuery(name = OnlinePayment.BY_ORDER, query = "select o from OnlinePayment o where o.provider = :provider"
        + " and o.orderId = :order")
@NamedQuery(name = OnlinePayment.OF_INVOICE, query = "select o from OnlinePayment o where o.invoice.id = :invoice"
        + " order by o.createdAt, o.id")
public class OnlinePayment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String BY_ORDER = "OnlinePayment.byOrder";
    public static final String OF_INVOICE = "OnlinePayment.ofInvoice";
    public static final int ORDER_MAX = 40;
    public static final int TRANSACTION_MAX = 64;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false, updatable = false)
    private Invoice invoice;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, updatable = false, length = 20)
    private String provider;

    @UniqueKey("DUES_ONLINE_ORDER_UQ")
    @NotBlank
    @Size(max = ORDER_MAX)
    @Column(name = "ORDER_ID", nullable = false, updatable = false, length = ORDER_MAX)
    private String orderId;

    @NotNull
    @DecimalMin("0.01")
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OnlinePaymentState state = OnlinePaymentState.CREATED;

    /** The provider's own number for the payment, told by its callback. */
    @Size(max = TRANSACTION_MAX)
    @Column(name = "TRANSACTION_ID", length = TRANSACTION_MAX)
    private String transactionId;

    @Column(name = "PAID_AT")
    private LocalDateTime paidAt;

    @UniqueKey("DUES_ONLINE_PAYMENT_UQ")
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PAYMENT_ID")
    private DuesPayment payment;

    @NotNull
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal refunded = BigDecimal.ZERO.setScale(2);

    protected OnlinePayment() {
    }

    public OnlinePayment(Invoice invoice, String provider, String orderId, BigDecimal amount) {
        this.invoice = invoice;
        this.provider = provider;
        this.orderId = orderId;
        this.amount = amount;
    }

    /** The dues payment that the confirmation recorded for the order. */
    public void paidBy(DuesPayment confirmed) {
        this.payment = confirmed;
    }

    /** Money paid back through the provider; never more than was paid. */
    public void refund(BigDecimal paidBack) {
        if (state != OnlinePaymentState.PAID) {
            throw new BusinessException("error.dues.onlineNotPaid");
        }
        if (paidBack == null || paidBack.signum() <= 0 || refunded.add(paidBack).compareTo(amount) > 0) {
            throw new BusinessException("error.dues.refundMoreThanPaid", amount.subtract(refunded));
        }
        refunded = refunded.add(paidBack);
    }

    public BigDecimal refundable() {
        return state == OnlinePaymentState.PAID ? amount.subtract(refunded) : BigDecimal.ZERO.setScale(2);
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public String getProvider() {
        return provider;
    }

    public String getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public OnlinePaymentState getState() {
        return state;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public LocalDateTime getPaidAt() {
        return paidAt;
    }

    public DuesPayment getPayment() {
        return payment;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }
}
