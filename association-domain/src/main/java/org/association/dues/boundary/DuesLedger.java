package org.association.dues.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.content.control.FileNames;
import org.association.content.control.UploadedFiles;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.DuesVoucher;
import org.association.dues.entity.Invoice;
import org.association.events.boundary.PaymentRecord;

/**
 * What the staff's and the members' sides of dues share: the invoice row's lock, under which everything that moves an
 * invoice's sums runs (so they stay exact with several staff and servers at work), and recording a payment with its
 * voucher. Runs inside its callers' transactions.
 */
@Dependent
public class DuesLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    /** Locks the invoice's row until the transaction ends (an update the database holds), then reads it as it is. */
    Invoice lock(long invoiceId) {
        em.createNativeQuery("UPDATE DUES_INVOICE SET PAID = PAID WHERE ID = ?1").setParameter(1, invoiceId).executeUpdate();
        Invoice invoice = store.find(Invoice.class, invoiceId);
        em.refresh(invoice);
        return invoice;
    }

    /**
     * Records a payment of the (locked) invoice, to be confirmed by staff. Refused when nothing is outstanding, the amount
     * is more than is, or the reference was recorded for the invoice before. A voucher must be a photo or a PDF, checked
     * as every upload is.
     */
    DuesPayment record(Invoice invoice, PaymentRecord paid, Voucher voucher, boolean byMember, String reason) {
        if (paid.amount() != null && paid.amount().compareTo(invoice.outstanding()) > 0) {
            throw new BusinessException("error.dues.moreThanOutstanding", invoice.outstanding());
        }
        DuesPayment payment = new DuesPayment(invoice, paid.amount(), paid.method(), paid.paidOn(), paid.reference(), byMember);
        refuseTakenReference(invoice, payment.getReference());
        byte[] bytes = null;
        if (voucher != null && voucher.bytes() != null) {
            String fileName = FileNames.clean(voucher.fileName());
            String contentType = UploadedFiles.checked(fileName, voucher.bytes());
            if (contentType.startsWith("image/")) {
                UploadedFiles.checkedImageSize(fileName, voucher.bytes());
            } else if (!"application/pdf".equals(contentType)) {
                throw new BusinessException("error.dues.voucherType", fileName);
            }
            payment.attachVoucher(fileName, contentType);
            bytes = voucher.bytes();
        }
        store.create(payment, reason);
        if (bytes != null) {
            em.persist(new DuesVoucher(payment, bytes));
            store.flush();
        }
        return payment;
    }

    /** The invoice's payments, oldest first. */
    List<DuesPayment> payments(long invoiceId) {
        return em.createQuery("select p from DuesPayment p where p.invoice.id = :invoice order by p.createdAt, p.id",
                DuesPayment.class).setParameter("invoice", invoiceId).getResultList();
    }

    /** A friendly refusal of a reference told twice; the database's constraint still catches a race. */
    private void refuseTakenReference(Invoice invoice, String reference) {
        if (reference != null && em.createQuery("select count(p) from DuesPayment p where p.invoice = :invoice"
                + " and p.reference = :reference", Long.class).setParameter("invoice", invoice)
                .setParameter("reference", reference).getSingleResult() > 0) {
            throw new DuplicateEntityException("reference", reference);
        }
    }

    static BigDecimal orZero(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }
}
