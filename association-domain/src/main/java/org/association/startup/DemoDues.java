package org.association.startup;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.InvoiceView;
import org.association.dues.boundary.MemberDues;
import org.association.dues.boundary.Voucher;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.FeeRate;
import org.association.events.boundary.PaymentRecord;
import org.association.events.entity.PaymentMethod;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;

/**
 * The demo's dues, through the dues services: a fee schedule (with a raise for physicians in 2026 and rates of their own
 * for general hospitals and community health centres), this year's invoices to every active member, some of them paid
 * by transfer with the voucher and confirmed, one with its fiscal receipt's number, one transfer waiting for staff, one
 * paid in part at the desk; the rest outstanding. Runs inside the demo loader's transaction, with its role.
 */
@Dependent
class DemoDues {

    /** Members who transferred their dues and uploaded the voucher, confirmed by staff. */
    private static final String[] PAID_BY_TRANSFER = {"赵聪", "程敏", "王磊", "陈静", "成都高新区人民医院"};
    private static final String RECEIPTED = "成都高新区人民医院";
    private static final String WAITING_FOR_STAFF = "杨洋";
    private static final String PART_PAID = "黄丽";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DuesService dues;

    @Inject
    private MemberDues memberDues;

    void create(LocalDate today, String reason) {
        rate(MemberKind.INDIVIDUAL, null, "200.00", LocalDate.of(2024, 1, 1), reason);
        rate(MemberKind.INDIVIDUAL, null, "300.00", LocalDate.of(2026, 1, 1), reason);
        rate(MemberKind.INSTITUTION, null, "2000.00", LocalDate.of(2024, 1, 1), reason);
        rate(MemberKind.INSTITUTION, InstitutionType.GENERAL_HOSPITAL, "5000.00", LocalDate.of(2024, 1, 1), reason);
        rate(MemberKind.INSTITUTION, InstitutionType.COMMUNITY_HEALTH_CENTER, "1000.00", LocalDate.of(2024, 1, 1), reason);
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        dues.issue(start, start.withMonth(3).withDayOfMonth(31), reason);

        for (int i = 0; i < PAID_BY_TRANSFER.length; i++) {
            DuesPayment payment = transfer(PAID_BY_TRANSFER[i], start.plusDays(10 + i * 3));
            dues.confirm(payment.getId(), "seen on the bank statement");
            if (PAID_BY_TRANSFER[i].equals(RECEIPTED)) {
                DuesPayment confirmed = dues.payment(payment.getId());
                dues.recordReceipt(confirmed.getId(), confirmed.getVersion(), "川财社团0012026", start.plusDays(30),
                        "fiscal receipt issued");
            }
        }
        transfer(WAITING_FOR_STAFF, start.plusDays(40));
        InvoiceView partPaid = invoiceOf(PART_PAID);
        dues.recordPayment(partPaid.id(), dues.invoice(partPaid.id()).getVersion(), new PaymentRecord(new BigDecimal("100.00"),
                PaymentMethod.CASH, start.plusDays(20), null), null, "paid in part at the desk");
        dues.confirm(dues.payments(partPaid.id()).get(0).getId(), "cash counted");
    }

    private void rate(MemberKind kind, InstitutionType type, String amount, LocalDate from, String reason) {
        dues.saveRate(new FeeRate(kind, type, new BigDecimal(amount), 12, from), reason);
    }

    /** The member's transfer of the whole amount, reported in the portal with the bank's voucher. */
    private DuesPayment transfer(String name, LocalDate paidOn) {
        InvoiceView invoice = invoiceOf(name);
        Member member = member(name);
        String amount = invoice.amount().toPlainString();
        byte[] voucher = StandInPhotos.transferVoucher(String.valueOf(member.getNameEn()), amount, invoice.reference());
        InvoiceView reported = memberDues.recordMemberTransfer(member.getId(), invoice.id(),
                new Voucher("电子回单-" + invoice.reference() + ".jpg", voucher), invoice.amount(), paidOn, "CB" + paidOn
                        .toString().replace("-", "") + member.getMemberNumber());
        return dues.payment(reported.payments().get(reported.payments().size() - 1).id());
    }

    private InvoiceView invoiceOf(String name) {
        return memberDues.invoicesOf(member(name).getId()).get(0);
    }

    private Member member(String name) {
        return em.createQuery("select m from Member m where m.name = :name", Member.class).setParameter("name", name)
                .getSingleResult();
    }
}
