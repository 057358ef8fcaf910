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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.association.common.VersionedEntity;

/**
 * Money paid back to the member (a refund) or an amount given up (a write-off), with the reason and, as for every
 * record, who made it and when. Never changed or deleted: a mistake is put right by another record.
 */
@Entity
@Table(name = "DUES_ADJUSTMENT")
public class DuesAdjustment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false, updatable = false)
    private Invoice invoice;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private AdjustmentKind kind;

    @NotNull
    @DecimalMin("0.01")
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotBlank
    @Size(max = REASON_MAX)
    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    protected DuesAdjustment() {
    }

    public DuesAdjustment(Invoice invoice, AdjustmentKind kind, BigDecimal amount, String reason) {
        this.invoice = invoice;
        this.kind = kind;
        this.amount = amount;
        this.reason = reason == null ? null : reason.strip();
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public AdjustmentKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }
}
