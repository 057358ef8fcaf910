package org.association.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.EntityStore;
import org.association.dues.control.DuesReportFile;
import org.association.dues.control.FeeSchedule;
import org.association.dues.control.RemittanceReference;
import org.association.dues.entity.AdjustmentKind;
import org.association.dues.entity.DuesAdjustment;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.DuesVoucher;
import org.association.dues.entity.FeeRate;
import org.association.dues.entity.Invoice;
import org.association.dues.entity.InvoiceStatus;
import org.association.events.boundary.PaymentRecord;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/**
 * Dues, the staff's side: the fee schedule, issuing a period's invoices, recording and confirming payments, the fiscal
 * receipts' numbers, refunds and write-offs, and the report per period. A member's paid-up-until moves only when a
 * confirmation pays an invoice in full, through the member register's renewal (its rules and audit). A confirmation
 * is one conditional update of the payment's row, so of two staff confirming one payment at once, on any server,
 * exactly one does it; the other is told by whom.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class DuesService {

    private static final String ISSUED = "invoices issued";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private DuesLedger ledger;

    @Inject
    private AuditService audit;

    @Inject
    private CurrentActor actor;

    @Inject
    private DuesSettings settings;

    public BankAccount bankAccount() {
        return settings.bankAccount();
    }

    /** The schedule: by kind and type, the latest rate of each first. */
    public List<FeeRate> rates() {
        return em.createQuery("select r from FeeRate r order by r.memberKind, r.institutionType, r.validFrom desc",
                FeeRate.class).getResultList();
    }

    public FeeRate rate(long id) {
        return store.find(FeeRate.class, id);
    }

    /** Adds a rate or saves an edited one; one rate per kind, type and first day. */
    public FeeRate saveRate(FeeRate rate, String reason) {
        boolean taken = rates().stream().anyMatch(other -> !other.equals(rate) && other.getMemberKind() == rate.getMemberKind()
                && other.getInstitutionType() == rate.getInstitutionType() && other.getValidFrom().equals(rate.getValidFrom()));
        if (taken) {
            throw new DuplicateEntityException("validFrom", rate.getValidFrom());
        }
        return rate.isNew() ? store.create(rate, reason) : store.update(rate, reason);
    }

    /** The rate that prices a period of a member of that kind and type starting on that day. */
    public Optional<FeeRate> rateFor(MemberKind kind, InstitutionType type, LocalDate periodStart) {
        return new FeeSchedule(rates()).rateFor(kind, type, periodStart);
    }

    /**
     * Issues the invoices of the period starting on {@code periodStart} to every active member who has none for it yet,
     * priced by the rate in force that day, due on {@code dueOn}. Issuing again adds only the invoices of members who
     * became active since (the database's key allows one per member and period).
     */
    public IssueOutcome issue(LocalDate periodStart, LocalDate dueOn, String reason) {
        if (periodStart == null || dueOn == null) {
            throw new BusinessException("error.dues.issueDates");
        }
        FeeSchedule schedule = new FeeSchedule(rates());
        Set<Long> invoiced = new HashSet<>(em.createQuery("select i.member.id from Invoice i where i.periodStart = :start",
                Long.class).setParameter("start", periodStart).getResultList());
        List<Member> active = em.createQuery("select m from Member m where m.status = :active order by m.id", Member.class)
                .setParameter("active", MemberStatus.ACTIVE).getResultList();
        int issued = 0;
        int already = 0;
        int withoutRate = 0;
        for (Member member : active) {
            if (invoiced.contains(member.getId())) {
                already++;
                continue;
            }
            Optional<FeeRate> rate = schedule.rateFor(member.getKind(), member.getInstitutionType(), periodStart);
            if (rate.isEmpty()) {
                withoutRate++;
                continue;
            }
            store.create(new Invoice(member, periodStart, FeeSchedule.periodEnd(periodStart, rate.get().getPeriodMonths()),
                    rate.get().getAmount(), dueOn, newReference(periodStart.getYear())), reason == null ? ISSUED : reason);
            issued++;
        }
        return new IssueOutcome(issued, already, withoutRate);
    }

    private String newReference(int year) {
        String reference = RemittanceReference.create(year);
        while (em.createQuery("select count(i) from Invoice i where i.reference = :reference", Long.class)
                .setParameter("reference", reference).getSingleResult() > 0) {
            reference = RemittanceReference.create(year);
        }
        return reference;
    }

    /** The first days of the periods invoiced so far, latest first. */
    public List<LocalDate> periods() {
        return em.createQuery("select distinct i.periodStart from Invoice i order by i.periodStart desc", LocalDate.class)
                .getResultList();
    }

    /** A page of the invoice list, filtered by period and status (null: any), sorted by a column or by member. */
    public List<InvoiceRow> search(LocalDate periodStart, InvoiceStatus status, int first, int max, String sortField,
            boolean ascending) {
        TypedQuery<InvoiceRow> query = em.createQuery("select new org.association.dues.boundary.InvoiceRow(i.id,"
                + " m.memberNumber, m.name, i.periodStart, i.periodEnd, i.amount, i.paid, i.dueOn, i.reference, i.status)"
                + " from Invoice i join i.member m" + where(periodStart, status) + " order by " + order(sortField, ascending),
                InvoiceRow.class);
        bind(query, periodStart, status);
        return query.setFirstResult(first).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count(LocalDate periodStart, InvoiceStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(i) from Invoice i join i.member m" + where(periodStart, status),
                Long.class);
        bind(query, periodStart, status);
        return query.getSingleResult();
    }

    private static String where(LocalDate periodStart, InvoiceStatus status) {
        String where = periodStart == null ? "" : " i.periodStart = :start";
        if (status != null) {
            where += (where.isEmpty() ? "" : " and") + " i.status = :status";
        }
        return where.isEmpty() ? "" : " where" + where;
    }

    private static void bind(TypedQuery<?> query, LocalDate periodStart, InvoiceStatus status) {
        if (periodStart != null) {
            query.setParameter("start", periodStart);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }

    /** The columns the list sorts by, and by what; anything else sorts by period (latest first) and member number. */
    private static String order(String sortField, boolean ascending) {
        Map<String, String> columns = Map.of("memberNumber", "m.memberNumber", "memberName", "m.name", "amount", "i.amount",
                "paid", "i.paid", "dueOn", "i.dueOn", "status", "i.status", "periodStart", "i.periodStart");
        String column = columns.get(String.valueOf(sortField));
        if (column == null) {
            return "i.periodStart desc, m.memberNumber, i.id";
        }
        return column + (ascending ? "" : " desc") + ", i.id";
    }

    public Invoice invoice(long id) {
        Invoice invoice = store.find(Invoice.class, id);
        invoice.getMember().getName();
        return invoice;
    }

    public List<DuesPayment> payments(long invoiceId) {
        return ledger.payments(invoiceId);
    }

    public List<DuesAdjustment> adjustments(long invoiceId) {
        return em.createQuery("select a from DuesAdjustment a where a.invoice.id = :invoice order by a.createdAt, a.id",
                DuesAdjustment.class).setParameter("invoice", invoiceId).getResultList();
    }

    public DuesPayment payment(long id) {
        return store.find(DuesPayment.class, id);
    }

    /** The bytes of a payment's voucher, if it has one. */
    public Optional<byte[]> voucher(long paymentId) {
        return Optional.ofNullable(em.find(DuesVoucher.class, paymentId)).map(DuesVoucher::getContent);
    }

    /**
     * Records a payment that staff were told of (a transfer seen on the statement, cash at the desk), with its voucher
     * if there is one; it counts once confirmed. Refused on an invoice changed since the caller read it.
     */
    public DuesPayment recordPayment(long invoiceId, int invoiceVersion, PaymentRecord paid, Voucher voucher, String reason) {
        Invoice invoice = current(invoiceId, invoiceVersion);
        return ledger.record(invoice, paid, voucher, false, reason);
    }

    /**
     * Confirms that a recorded payment's money arrived, unless someone already has: the payment then counts towards
     * its invoice, and when that pays the invoice in full, the member is paid up to the invoice's period end (unless
     * paid up further already).
     */
    public Confirmation confirm(long paymentId, String reason) {
        return ledger.confirm(paymentId, actor.name(), reason);
    }

    /** Records (or corrects) the number and date of the fiscal receipt issued for a confirmed payment. */
    public DuesPayment recordReceipt(long paymentId, int version, String number, LocalDate date, String reason) {
        DuesPayment payment = store.findCurrent(DuesPayment.class, paymentId, version);
        return store.change(payment, "receipt recorded", reason, changed -> changed.recordReceipt(number, date));
    }

    /** Pays back part or all of what was paid for the invoice; always with a reason. */
    public DuesAdjustment refund(long invoiceId, int invoiceVersion, BigDecimal amount, String reason) {
        Invoice invoice = current(invoiceId, invoiceVersion);
        if (amount != null && amount.compareTo(invoice.getPaid()) > 0) {
            throw new BusinessException("error.dues.refundMoreThanPaid", invoice.getPaid());
        }
        return ledger.adjust(invoice, AdjustmentKind.REFUND, amount, reason, changed -> changed.addPaid(amount.negate()));
    }

    /** Gives up part or all of what is outstanding on the invoice; always with a reason. */
    public DuesAdjustment writeOff(long invoiceId, int invoiceVersion, BigDecimal amount, String reason) {
        Invoice invoice = current(invoiceId, invoiceVersion);
        if (amount != null && amount.compareTo(invoice.outstanding()) > 0) {
            throw new BusinessException("error.dues.moreThanOutstanding", invoice.outstanding());
        }
        return ledger.adjust(invoice, AdjustmentKind.WRITE_OFF, amount, reason, changed -> changed.addWrittenOff(amount));
    }

    /** The invoice, locked, as the caller last read it; refused when it changed since. */
    private Invoice current(long invoiceId, int version) {
        Invoice invoice = ledger.lock(invoiceId);
        if (invoice.getVersion() != version) {
            throw new EntityAlreadyModifiedException(Invoice.class.getSimpleName(), invoiceId);
        }
        return invoice;
    }

    /**
     * Expected, received, written off and outstanding per period, latest first. (What was paid and written off is
     * added before it is taken from the amount: a chain of subtractions in JPQL is not read from the left.)
     */
    public List<PeriodFigures> report() {
        Map<LocalDate, BigDecimal> outstanding = new HashMap<>();
        em.createQuery("select i.periodStart, sum(i.amount - (i.paid + i.writtenOff)) from Invoice i"
                        + " where i.amount - (i.paid + i.writtenOff) > 0 group by i.periodStart", Object[].class)
                .getResultList().forEach(row -> outstanding.put((LocalDate) row[0], (BigDecimal) row[1]));
        return em.createQuery("select i.periodStart, count(i), sum(i.amount), sum(i.paid), sum(i.writtenOff) from Invoice i"
                        + " group by i.periodStart order by i.periodStart desc", Object[].class)
                .getResultList().stream()
                .map(row -> new PeriodFigures((LocalDate) row[0], (Long) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
                        (BigDecimal) row[4], DuesLedger.orZero(outstanding.get((LocalDate) row[0]))))
                .toList();
    }

    /** What all invoices still ask for. */
    public BigDecimal outstandingTotal() {
        return DuesLedger.orZero(em.createQuery("select sum(i.amount - (i.paid + i.writtenOff)) from Invoice i"
                + " where i.amount - (i.paid + i.writtenOff) > 0", BigDecimal.class).getSingleResult());
    }

    /** The report as CSV or XLSX in the reader's language; audited, as every export is. */
    public void exportReport(boolean xlsx, Locale locale, OutputStream out) throws IOException {
        List<PeriodFigures> periods = report();
        if (xlsx) {
            DuesReportFile.xlsx(periods, locale, out);
        } else {
            DuesReportFile.csv(periods, locale, out);
        }
        Map<String, String[]> export = new LinkedHashMap<>();
        export.put("report", new String[] {null, "dues per period"});
        export.put("format", new String[] {null, xlsx ? "xlsx" : "csv"});
        export.put("rows", new String[] {null, String.valueOf(periods.size())});
        audit.record(Invoice.class.getSimpleName(), null, "exported", export, null);
    }
}
