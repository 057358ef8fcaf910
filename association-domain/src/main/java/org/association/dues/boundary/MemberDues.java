package org.association.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.association.account.entity.Role;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.NoSuchEntityException;
import org.association.common.PortalCaller;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.Invoice;
import org.association.events.boundary.PaymentRecord;
import org.association.events.entity.PaymentMethod;

/**
 * Dues as a member sees them in the portal: their own invoices with the payments and receipts, and a bank transfer
 * they report with its voucher, which counts once staff confirm it. A signed-in member reaches their own only: another
 * member's invoices are answered as if they did not exist. Staff may see and report for any member (a voucher sent
 * to the secretariat).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
public class MemberDues {

    static final String MEMBER_TRANSFER = "transfer reported by the member";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DuesLedger ledger;

    @Inject
    private DuesSettings settings;

    @Inject
    private CurrentActor actor;

    /** The member's invoices, latest period first, each with its payments. */
    public List<InvoiceView> invoicesOf(long memberId) {
        actor.requireOwnRecords(memberId);
        BankAccount account = settings.bankAccount();
        return em.createQuery("select i from Invoice i where i.member.id = :member order by i.periodStart desc, i.id",
                        Invoice.class)
                .setParameter("member", memberId)
                .getResultList().stream()
                .map(invoice -> view(invoice, account))
                .toList();
    }

    /**
     * Records the member's bank transfer against their own invoice, with the transfer's voucher (a photo or PDF of the
     * bank's 电子回单), as a payment that staff confirm once they see the money.
     */
    public InvoiceView recordMemberTransfer(long memberId, long invoiceId, Voucher voucher, BigDecimal amount,
            LocalDate paidOn, String reference) {
        actor.requireOwnRecords(memberId);
        Invoice invoice = ledger.lock(invoiceId);
        if (!invoice.getMember().getId().equals(memberId)) {
            throw new NoSuchEntityException(Invoice.class.getSimpleName(), invoiceId);
        }
        if (voucher == null || voucher.bytes() == null) {
            throw new BusinessException("error.dues.voucherRequired");
        }
        ledger.record(invoice, new PaymentRecord(amount, PaymentMethod.BANK_TRANSFER, paidOn, reference), voucher, true,
                MEMBER_TRANSFER);
        return view(invoice, settings.bankAccount());
    }

    private InvoiceView view(Invoice invoice, BankAccount account) {
        List<InvoiceView.PaymentView> payments = ledger.payments(invoice.getId()).stream().map(MemberDues::view).toList();
        return new InvoiceView(invoice.getId(), invoice.getPeriodStart(), invoice.getPeriodEnd(), invoice.getAmount(),
                invoice.outstanding(), invoice.getDueOn(), invoice.getReference(), invoice.getStatus(), account, payments);
    }

    private static InvoiceView.PaymentView view(DuesPayment payment) {
        return new InvoiceView.PaymentView(payment.getId(), payment.getAmount(), payment.getMethod(), payment.getPaidOn(),
                payment.getReference(), payment.getState(), payment.getConfirmedAt(), payment.getReceiptNumber(),
                payment.getReceiptDate());
    }
}
