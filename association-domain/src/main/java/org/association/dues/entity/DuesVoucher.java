package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a payment's voucher (the bank's 电子回单, a photo or a PDF), read only when staff open it. */
@Entity
@Table(name = "DUES_VOUCHER")
public class DuesVoucher implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "PAYMENT_ID")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYMENT_ID")
    private DuesPayment payment;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected DuesVoucher() {
    }

    public DuesVoucher(DuesPayment payment, byte[] content) {
        this.payment = payment;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
