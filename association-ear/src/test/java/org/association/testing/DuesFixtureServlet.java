package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.InvoiceView;
import org.association.dues.boundary.MemberDues;
import org.association.dues.entity.FeeRate;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/**
 * The dues tests' side of the application, through its own services: POST /association-tests/dues-fixtures/invoice
 * (?year=, ?name=, ?amount=, ?email= optional: a physicians' rate from that year's first day, an active physician of
 * that name paid up to the year before, and the year's invoices issued; answers "invoiceId reference memberId"),
 * paid-up-until (?member=), payments (?invoice=: "amount state byMember voucherName receiptNumber" a line), payment-ids
 * (?invoice=: the payments' ids, a line each), confirm (?invoice=, ?receipt= optional: staff confirm every payment waiting
 * for it and record the fiscal receipt's number, dated today, on each; answers the ids confirmed).
 */
@WebServlet("/dues-fixtures/*")
public class DuesFixtureServlet extends AnsweringFixtureServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Staff staff;

    @Inject
    private DuesService dues;

    @Inject
    private MemberDues memberDues;

    @Inject
    private MemberService members;

    @Override
    protected String answer(HttpServletRequest request) {
        return switch (String.valueOf(request.getPathInfo())) {
            case "/invoice" -> invoice(request);
            case "/paid-up-until" -> String.valueOf(staff.admin(() -> members.find(Long.parseLong(
                    request.getParameter("member")))).getPaidUpUntil());
            case "/payment-ids" -> staff.admin(() -> dues.payments(Long.parseLong(request.getParameter("invoice")))).stream()
                    .map(payment -> String.valueOf(payment.getId())).collect(Collectors.joining("\n"));
            case "/confirm" -> confirm(Long.parseLong(request.getParameter("invoice")), request.getParameter("receipt"));
            case "/payments" -> staff.admin(() -> dues.payments(Long.parseLong(request.getParameter("invoice")))).stream()
                    .map(payment -> payment.getAmount() + " " + payment.getState() + " " + payment.isByMember() + " "
                            + payment.getVoucherName() + " " + payment.getReceiptNumber())
                    .collect(Collectors.joining("\n"));
            default -> null;
        };
    }

    private String confirm(long invoiceId, String receipt) {
        return staff.admin(() -> dues.payments(invoiceId)).stream().filter(payment -> !payment.isConfirmed())
                .map(payment -> {
                    staff.admin(() -> dues.confirm(payment.getId(), "fixture"));
                    if (receipt != null) {
                        staff.admin(() -> dues.recordReceipt(payment.getId(), dues.payment(payment.getId()).getVersion(), receipt,
                                LocalDate.now(), "fixture"));
                    }
                    return String.valueOf(payment.getId());
                })
                .collect(Collectors.joining("\n"));
    }

    private String invoice(HttpServletRequest request) {
        int year = Integer.parseInt(request.getParameter("year"));
        LocalDate start = LocalDate.of(year, 1, 1);
        BigDecimal amount = new BigDecimal(request.getParameter("amount"));
        // tests pick years of their own at random: another test may have set that year's rate already
        boolean rated = staff.admin(() -> dues.rates()).stream().anyMatch(rate -> rate.getMemberKind() == MemberKind.INDIVIDUAL
                && rate.getInstitutionType() == null && rate.getValidFrom().equals(start) && rate.getAmount().equals(amount));
        if (!rated) {
            staff.admin(() -> dues.saveRate(new FeeRate(MemberKind.INDIVIDUAL, null, amount, 12, start), "fixture"));
        }
        Member member = Member.individual(request.getParameter("name"));
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(start.minusYears(3));
        member.setPaidUpUntil(start.minusDays(1));
        member.setEmail(request.getParameter("email"));
        Member created = staff.admin(() -> members.create(member, "fixture"));
        staff.admin(() -> dues.issue(start, start.withMonth(3).withDayOfMonth(31), "fixture"));
        InvoiceView invoice = staff.admin(() -> memberDues.invoicesOf(created.getId())).get(0);
        return invoice.id() + " " + invoice.reference() + " " + created.getId();
    }
}
