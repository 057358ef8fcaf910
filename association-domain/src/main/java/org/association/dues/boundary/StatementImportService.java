package org.association.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.EntityStore;
import org.association.common.FileBatch;
import org.association.content.control.FileNames;
import org.association.dues.control.MatchedLine;
import org.association.dues.control.OpenInvoice;
import org.association.dues.control.RemittanceReference;
import org.association.dues.control.StatementFile;
import org.association.dues.control.StatementLine;
import org.association.dues.control.StatementMatching;
import org.association.dues.control.StatementOutcome;
import org.association.dues.control.StatementReader;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.Invoice;
import org.association.dues.entity.PaymentState;
import org.association.dues.entity.StatementBatch;
import org.association.dues.entity.StatementPayment;
import org.association.events.boundary.PaymentRecord;
import org.association.events.entity.PaymentMethod;
import org.association.membership.entity.Member;

/**
 * Bank-statement imports, built as the member imports are: an uploaded export is kept as a batch and previewed (every
 * line matched to the invoice its memo's remittance reference names, nothing saved); the commit pays every matched line
 * in one transaction, each a bank transfer recorded and confirmed through the dues service as staff would by hand (so
 * paid-up-until moves as with any confirmation, and every step is audited); the partial and unmatched lines stay for
 * staff to match by hand; a committed batch is reverted by reversing its payments, never deleting them. A bank line
 * pays once, whatever batch it comes in: its fingerprint is unique among the lines that pay.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class StatementImportService {

    /** A batch and what its lines do, or did. */
    public record Preview(long batchId, int batchVersion, String fileName, FileBatch.Status status,
            List<String> unknownColumns, StatementMatching lines) {
    }

    /** IN lists are kept short: some databases limit the number of parameters. */
    private static final int IN_LIST = 1000;
    private static final long NO_BATCH = -1;
    /**
     * Lines paid between two clearings of the persistence context: every flush checks each entity it holds, so a context
     * that grew with every line would make a long statement's commit take the square of its length.
     */
    private static final int CLEAR_EVERY = 25;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private DuesService dues;

    @Inject
    private DuesLedger ledger;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

    /** Keeps the file as a new batch and matches its lines. A file that cannot be read is refused whole. */
    public Preview preview(String fileName, byte[] content) {
        StatementFile file = StatementReader.read(content);
        // a new batch has paid nothing yet: no batch id is needed to match its lines
        StatementMatching lines = match(file, NO_BATCH);
        Map<StatementOutcome, Integer> counts = lines.counts();
        int matched = counts.get(StatementOutcome.MATCHED);
        int partial = counts.get(StatementOutcome.PARTIAL);
        int unmatched = counts.get(StatementOutcome.UNMATCHED);
        StatementBatch batch = new StatementBatch(FileNames.clean(fileName), content);
        batch.counted(matched, partial, unmatched, file.lines().size() - matched - partial - unmatched);
        store.create(batch, null);
        return new Preview(batch.getId(), batch.getVersion(), batch.getFileName(), batch.getStatus(), file.unknownColumns(),
                lines);
    }

    /** The batch's lines again, against the invoices and payments as they are now. */
    public Preview previewAgain(long batchId) {
        StatementBatch batch = store.find(StatementBatch.class, batchId);
        StatementFile file = StatementReader.read(batch.getContent());
        return new Preview(batch.getId(), batch.getVersion(), batch.getFileName(), batch.getStatus(), file.unknownColumns(),
                match(file, batchId));
    }

    /**
     * Pays every line that matches now, in this one transaction, confirmed by the caller. The batch is claimed first by
     * one conditional update of its row: of two commits at once, on any server, one commits and the other is refused.
     */
    public StatementBatch commit(long batchId, int batchVersion) {
        StatementBatch batch = store.find(StatementBatch.class, batchId);
        int claimed = em.createQuery("update StatementBatch b set b.status = :committed, b.committedAt = :now,"
                        + " b.version = b.version + 1 where b.id = :id and b.version = :version and b.status = :previewed")
                .setParameter("committed", FileBatch.Status.COMMITTED)
                .setParameter("now", clock.now())
                .setParameter("id", batchId)
                .setParameter("version", batchVersion)
                .setParameter("previewed", FileBatch.Status.PREVIEWED)
                .executeUpdate();
        em.refresh(batch);
        if (claimed == 0) {
            if (batch.getStatus() != FileBatch.Status.PREVIEWED) {
                throw new BusinessException("error.statement.notPreviewed");
            }
            throw new EntityAlreadyModifiedException(StatementBatch.class.getSimpleName(), batchId);
        }
        StatementMatching lines = match(StatementReader.read(batch.getContent()), batchId);
        List<MatchedLine> matched = lines.lines(StatementOutcome.MATCHED);
        String reason = "bank statement " + batch.getFileName();
        for (int i = 0; i < matched.size(); i++) {
            MatchedLine line = matched.get(i);
            pay(em.getReference(StatementBatch.class, batchId), line.line(), line.invoice().id(), line.line().amount(), false,
                    reason);
            if (i % CLEAR_EVERY == CLEAR_EVERY - 1) {
                written();
            }
        }
        written();
        batch = store.find(StatementBatch.class, batchId);
        Map<String, String[]> committed = new LinkedHashMap<>();
        committed.put("status", new String[] {FileBatch.Status.PREVIEWED.name(), FileBatch.Status.COMMITTED.name()});
        committed.put("committedAt", new String[] {null, String.valueOf(batch.getCommittedAt())});
        audit.record(StatementBatch.class.getSimpleName(), batchId, "committed", committed,
                matched.size() + " lines paid", batchId);
        return store.change(batch, "paid", null, paid -> paid.paid(matched.size()));
    }

    /**
     * Pays an invoice from a partial or unmatched line of a committed batch, as staff chose: the invoice by its
     * reference, the amount (at most the line's; null: the line's, or what the invoice still asks if that is less).
     */
    public StatementPayment matchByHand(long batchId, int rowNumber, String invoiceReference, BigDecimal amount,
            String reason) {
        StatementBatch batch = store.find(StatementBatch.class, batchId);
        if (batch.getStatus() != FileBatch.Status.COMMITTED) {
            throw new BusinessException("error.statement.notCommitted");
        }
        MatchedLine line = match(StatementReader.read(batch.getContent()), batchId).lines().stream()
                .filter(candidate -> candidate.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new BusinessException("error.statement.noSuchLine", rowNumber));
        if (!line.isOpen()) {
            throw new BusinessException("error.statement.lineNotOpen", rowNumber);
        }
        String reference = RemittanceReference.find(invoiceReference)
                .orElseThrow(() -> new BusinessException("error.statement.noSuchInvoice", String.valueOf(invoiceReference)));
        Invoice invoice = em.createQuery("select i from Invoice i where i.reference = :reference", Invoice.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.statement.noSuchInvoice", reference));
        BigDecimal paid = amount == null ? line.line().amount().min(invoice.outstanding()) : amount;
        if (paid.compareTo(line.line().amount()) > 0) {
            throw new BusinessException("error.statement.moreThanLine", line.line().amount());
        }
        StatementPayment payment = pay(batch, line.line(), invoice.getId(), paid, true,
                reason == null || reason.isBlank() ? "matched by hand: " + batch.getFileName() : reason);
        store.change(batch, "matched by hand", reason, changed -> changed.paid(1));
        return payment;
    }

    /**
     * Undoes a committed batch: each payment it made is reversed (it stays, in state REVERSED, and counts no more), the
     * invoice's paid sum goes down and the member's paid-up-until back to what it was. Refused whole, with what stands
     * in the way, when a payment has its fiscal receipt recorded, was refunded since, or the member's paid-up-until
     * moved since.
     */
    public StatementBatch revert(long batchId, int batchVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.dues.reasonRequired");
        }
        StatementBatch batch = store.findCurrent(StatementBatch.class, batchId, batchVersion);
        if (batch.getStatus() != FileBatch.Status.COMMITTED) {
            throw new BusinessException("error.statement.notCommitted");
        }
        List<StatementPayment> lines = em.createQuery("select s from StatementPayment s join fetch s.payment"
                        + " where s.batch = :batch and s.reversedAt is null order by s.id desc", StatementPayment.class)
                .setParameter("batch", batch).getResultList();
        List<String> blocked = new ArrayList<>();
        Set<Long> membersChecked = new HashSet<>();
        // latest first: a member's paid-up-until must be where the batch's last payment of theirs left it
        for (StatementPayment line : lines) {
            DuesPayment payment = line.getPayment();
            Invoice invoice = payment.getInvoice();
            Member member = invoice.getMember();
            if (payment.getReceiptNumber() != null) {
                blocked.add(invoice.getReference() + " (" + payment.getReceiptNumber() + ")");
            } else if (adjustedSince(invoice, line.getCreatedAt()) || membersChecked.add(member.getId())
                    && !Objects.equals(member.getPaidUpUntil(), line.getPaidUpAfter())) {
                blocked.add(invoice.getReference() + " (" + member.getName() + ")");
            }
        }
        if (!blocked.isEmpty()) {
            throw new BusinessException("error.statement.revertBlocked", blocked.size(),
                    String.join(", ", blocked.stream().limit(5).toList()));
        }
        LocalDateTime now = clock.now();
        List<Long> ids = lines.stream().map(StatementPayment::getId).toList();
        written();
        for (int i = 0; i < ids.size(); i++) {
            reverse(em.find(StatementPayment.class, ids.get(i)), reason, now);
            if (i % CLEAR_EVERY == CLEAR_EVERY - 1) {
                written();
            }
        }
        written();
        return store.change(store.find(StatementBatch.class, batchId), "reverted", reason, reverted -> reverted.reverted(now));
    }

    /**
     * A bank statement to try the import with, as a bank's CSV export (UTF-8 with BOM, the 中国银行 columns): of the
     * latest period's outstanding invoices, transfers of the whole amount quoting the reference (one of them in lower case
     * with spaces, as people type it), one of half the amount, one with the reference forgotten, and the bank's fee.
     */
    public byte[] sampleStatement() {
        List<Object[]> open = em.createQuery("select i.reference, m.name, i.amount - (i.paid + i.writtenOff), i.periodStart"
                        + " from Invoice i join i.member m where i.amount - (i.paid + i.writtenOff) > 0"
                        + " and i.periodStart = (select max(j.periodStart) from Invoice j) order by m.name", Object[].class)
                .setMaxResults(6).getResultList();
        StringBuilder csv = new StringBuilder("\uFEFF交易日期,借方发生额,贷方发生额,对方户名,对方账号,附言\r\n");
        LocalDate day = clock.today().minusDays(open.size() + 2L);
        for (int i = 0; i < open.size(); i++) {
            String reference = (String) open.get(i)[0];
            String name = (String) open.get(i)[1];
            BigDecimal amount = (BigDecimal) open.get(i)[2];
            String memo = switch (i) {
                case 1 -> "会费 " + reference.toLowerCase(Locale.ROOT).replace("-", " ");
                case 2 -> name + "会费";
                default -> "会费" + reference + " " + name;
            };
            BigDecimal paid = i == open.size() - 1 && i > 2 ? amount.divide(BigDecimal.valueOf(2)).setScale(2,
                    RoundingMode.DOWN) : amount;
            csv.append(day.plusDays(i)).append(",,").append(paid.toPlainString()).append(',').append(name)
                    .append(",6217 0000 1000 ").append(String.format(Locale.ROOT, "%04d", 1000 + i)).append(',')
                    .append(memo).append("\r\n");
        }
        csv.append(day.plusDays(open.size())).append(",2.00,,中国银行,,跨行汇款手续费\r\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public List<StatementBatch> recent(int max) {
        return em.createQuery("select b from StatementBatch b order by b.id desc", StatementBatch.class).setMaxResults(max)
                .getResultList();
    }

    /** The payments a batch made, by line, the reversed ones too. */
    public List<StatementPayment> payments(long batchId) {
        return em.createQuery("select s from StatementPayment s join fetch s.payment where s.batch.id = :batch"
                + " order by s.lineRow", StatementPayment.class).setParameter("batch", batchId).getResultList();
    }

    /** Writes what the transaction changed so far and lets go of the entities: they are read again where needed. */
    private void written() {
        store.flush();
        em.clear();
    }

    /** Records and confirms the line's payment of the invoice, and keeps the line with what it changed. */
    private StatementPayment pay(StatementBatch batch, StatementLine line, long invoiceId, BigDecimal amount, boolean byHand,
            String reason) {
        Invoice invoice = dues.invoice(invoiceId);
        LocalDate before = invoice.getMember().getPaidUpUntil();
        String fingerprint = line.fingerprint();
        // the bank line's own reference: unique per line, so the payment's key also stops a line paying an invoice twice
        String reference = (line.reference() == null ? "BANK" : line.reference()) + "/" + fingerprint.substring(0, 12);
        DuesPayment payment = dues.recordPayment(invoiceId, invoice.getVersion(), new PaymentRecord(amount,
                PaymentMethod.BANK_TRANSFER, line.date(), reference), null, reason);
        dues.confirm(payment.getId(), reason);
        // the confirmation renewed the member in this persistence context, if it did
        return store.create(new StatementPayment(batch, line.rowNumber(), fingerprint, payment, byHand, before,
                invoice.getMember().getPaidUpUntil()), reason);
    }

    /** Whether the invoice was refunded or written off since the line paid it. */
    private boolean adjustedSince(Invoice invoice, LocalDateTime paidAt) {
        // nothing is written before the checks: no flush needed before the query (it would check every entity read)
        return em.createQuery("select count(a) from DuesAdjustment a where a.invoice = :invoice and a.createdAt >= :paidAt",
                Long.class).setParameter("invoice", invoice).setParameter("paidAt", paidAt)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0;
    }

    private void reverse(StatementPayment line, String reason, LocalDateTime now) {
        DuesPayment payment = line.getPayment();
        // conditional, as a confirmation is: a receipt recorded meanwhile, or a second revert, leaves it standing
        int reversed = em.createQuery("update DuesPayment p set p.state = :reversed, p.version = p.version + 1"
                        + " where p.id = :id and p.state = :confirmed and p.receiptNumber is null")
                .setParameter("reversed", PaymentState.REVERSED)
                .setParameter("id", payment.getId())
                .setParameter("confirmed", PaymentState.CONFIRMED)
                .executeUpdate();
        if (reversed == 0) {
            throw new EntityAlreadyModifiedException(DuesPayment.class.getSimpleName(), payment.getId());
        }
        em.refresh(payment);
        Map<String, String[]> state = new LinkedHashMap<>();
        state.put("state", new String[] {PaymentState.CONFIRMED.name(), PaymentState.REVERSED.name()});
        audit.record(DuesPayment.class.getSimpleName(), payment.getId(), "reversed", state, reason, line.getBatch().getId());
        Invoice invoice = ledger.lock(payment.getInvoice().getId());
        store.change(invoice, "payment reversed", reason, changed -> changed.addPaid(payment.getAmount().negate()));
        Member member = invoice.getMember();
        em.refresh(member);
        if (!Objects.equals(member.getPaidUpUntil(), line.getPaidUpBefore())) {
            store.change(member, "paid-up-until restored", reason, changed -> changed.setPaidUpUntil(line.getPaidUpBefore()));
        }
        store.change(line, "reversed", reason, changed -> changed.reversed(now));
    }

    /** Matches the file's lines to the invoices their references name and to the bank lines that pay already. */
    private StatementMatching match(StatementFile file, long batchId) {
        Map<String, OpenInvoice> invoices = new HashMap<>();
        inBatches(StatementMatching.references(file), references -> em.createQuery("select i.id, i.reference, m.name,"
                        + " i.amount - (i.paid + i.writtenOff) from Invoice i join i.member m where i.reference in :references",
                Object[].class).setParameter("references", references).getResultList()).forEach(row -> invoices.put(
                (String) row[1], new OpenInvoice((Long) row[0], (String) row[1], (String) row[2],
                        ((BigDecimal) row[3]).max(BigDecimal.ZERO).setScale(2))));
        Set<String> fingerprints = new HashSet<>();
        file.lines().stream().filter(StatementLine::isCredit).map(StatementLine::fingerprint).forEach(fingerprints::add);
        Map<String, Long> paying = new HashMap<>();
        inBatches(fingerprints, chunk -> em.createQuery("select s.payingFingerprint, s.batch.id from StatementPayment s"
                        + " where s.payingFingerprint in :fingerprints", Object[].class)
                .setParameter("fingerprints", chunk).getResultList())
                .forEach(row -> paying.put((String) row[0], (Long) row[1]));
        return StatementMatching.of(file, invoices, paying, batchId);
    }

    private static <T> List<T> inBatches(Set<String> values, Function<List<String>, List<T>> query) {
        List<String> all = new ArrayList<>(values);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + IN_LIST))));
        }
        return found;
    }
}
