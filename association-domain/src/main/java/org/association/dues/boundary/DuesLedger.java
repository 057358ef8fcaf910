package org.association.dues.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.content.control.FileNames;
import org.association.content.control.UploadedFiles;
import org.association.dues.entity.AdjustmentKind;
import org.association.dues.entity.DuesAdjustment;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.DuesVoucher;
import org.association.dues.entity.Invoice;
import org.association.dues.entity.InvoiceStatus;
import org.association.dues.entity.PaymentState;
import org.association.events.boundary.PaymentRecord;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;

/**
 * What the staff's and the members' sides of dues share: the invoice row's lock, under which everything that moves an
 * invoice's sums runs (so they stay exact with several staff and servers at work), and recording a payment with its
 * voucher, confirming one, refunds and write-offs. Runs inside its callers' transactions.
 */
@Dependent
public class DuesLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private MemberService members;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

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

    /**
     * Confirms that a recorded payment's money arrived, unless someone already has: the payment then counts towards
     * its invoice, and when that pays the invoice in full, the member is paid up to the invoice's period end (unless
     * paid up further already). {@code by} is who confirms: a member of staff, or a payment provider's callback.
     */
    Confirmation confirm(long paymentId, String by, String reason) {
        DuesPayment payment = store.find(DuesPayment.class, paymentId);
        LocalDateTime now = clock.now();
        int won = em.createQuery("update DuesPayment p set p.state = :confirmed, p.confirmedBy = :by, p.confirmedAt = :now,"
                        + " p.version = p.version + 1 where p.id = :id and p.state = :recorded")
                .setParameter("confirmed", PaymentState.CONFIRMED)
                .setParameter("by", by)
                .setParameter("now", now)
                .setParameter("id", paymentId)
                .setParameter("recorded", PaymentState.RECORDED)
                .executeUpdate();
        // the update went past the copy loaded before it: read the row as it is now (as the winner committed it)
        em.refresh(payment);
        if (won == 0) {
            return new Confirmation(paymentId, false, payment.getConfirmedBy(), payment.getConfirmedAt());
        }
        Map<String, String[]> confirmed = new LinkedHashMap<>();
        confirmed.put("state", new String[] {PaymentState.RECORDED.name(), PaymentState.CONFIRMED.name()});
        confirmed.put("confirmedBy", new String[] {null, by});
        confirmed.put("confirmedAt", new String[] {null, String.valueOf(now)});
        audit.record(DuesPayment.class.getSimpleName(), paymentId, "confirmed", confirmed, reason);
        Invoice invoice = lock(payment.getInvoice().getId());
        boolean paidBefore = invoice.getStatus() == InvoiceStatus.PAID;
        store.change(invoice, "payment confirmed", reason, changed -> changed.addPaid(payment.getAmount()));
        if (!paidBefore && invoice.getStatus() == InvoiceStatus.PAID) {
            renew(invoice);
        }
        return new Confirmation(paymentId, true, by, now);
    }

    /** The member is paid up to the period's end, through the register's renewal, unless that would not move it on. */
    private void renew(Invoice invoice) {
        Member member = invoice.getMember();
        em.refresh(member);
        LocalDate until = invoice.getPeriodEnd();
        if (MemberAction.RENEW.appliesTo(member.getStatus())
                && (member.getPaidUpUntil() == null || until.isAfter(member.getPaidUpUntil()))) {
            members.act(member.getId(), member.getVersion(), MemberAction.RENEW, "dues paid: " + invoice.getReference(), until);
        }
    }

    /** A refund or write-off of the (locked) invoice as a record of its own; always with a reason. */
    DuesAdjustment adjust(Invoice invoice, AdjustmentKind kind, BigDecimal amount, String reason, Consumer<Invoice> mutation) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.dues.reasonRequired");
        }
        DuesAdjustment adjustment = store.create(new DuesAdjustment(invoice, kind, amount, reason), reason);
        store.change(invoice, kind == AdjustmentKind.REFUND ? "refunded" : "written off", reason, mutation);
        return adjustment;
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
