package org.association.dues.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a bank statement's lines do, before anything is saved, in one pass with hash lookups:
 * <ul>
 * <li>ERROR for a line that could not be read, IGNORED for money paid out;</li>
 * <li>DUPLICATE for a line just like an earlier one of the file, or that another batch paid an invoice with; PAID for
 * one this statement's batch did;</li>
 * <li>UNMATCHED when the memo names no invoice;</li>
 * <li>ALREADY_PAID when nothing is outstanding on the invoice, counting the earlier lines of the file: a line cannot pay
 * an invoice that another line pays;</li>
 * <li>MATCHED when the amount is what is outstanding, PARTIAL when it is less or more.</li>
 * </ul>
 */
public final class StatementMatching {

    private final List<MatchedLine> lines;
    private final Map<StatementOutcome, Integer> counts;

    private StatementMatching(List<MatchedLine> lines) {
        this.lines = List.copyOf(lines);
        Map<StatementOutcome, Integer> counted = new EnumMap<>(StatementOutcome.class);
        for (StatementOutcome outcome : StatementOutcome.values()) {
            counted.put(outcome, 0);
        }
        lines.forEach(line -> counted.merge(line.outcome(), 1, Integer::sum));
        this.counts = Collections.unmodifiableMap(counted);
    }

    /**
     * @param invoices  the invoices the lines' references name, by reference
     * @param paidLines the fingerprints of bank lines that pay an invoice now, with the batch that imported each
     * @param batchId   the batch of this statement
     */
    public static StatementMatching of(StatementFile file, Map<String, OpenInvoice> invoices, Map<String, Long> paidLines,
            long batchId) {
        Set<String> seen = new HashSet<>();
        Map<Long, BigDecimal> outstanding = new HashMap<>();
        return new StatementMatching(file.lines().stream().map(line -> {
            if (!line.isReadable()) {
                return new MatchedLine(line, StatementOutcome.ERROR, null);
            }
            OpenInvoice invoice = line.reference() == null ? null : invoices.get(line.reference());
            if (!line.isCredit()) {
                return new MatchedLine(line, StatementOutcome.IGNORED, invoice);
            }
            String fingerprint = line.fingerprint();
            Long paidBy = paidLines.get(fingerprint);
            if (!seen.add(fingerprint) || paidBy != null && paidBy != batchId) {
                return new MatchedLine(line, StatementOutcome.DUPLICATE, invoice);
            }
            if (paidBy != null) {
                return new MatchedLine(line, StatementOutcome.PAID, invoice);
            }
            if (invoice == null) {
                return new MatchedLine(line, StatementOutcome.UNMATCHED, null);
            }
            BigDecimal open = outstanding.computeIfAbsent(invoice.id(), id -> invoice.outstanding());
            if (open.signum() == 0) {
                return new MatchedLine(line, StatementOutcome.ALREADY_PAID, invoice);
            }
            if (open.compareTo(line.amount()) == 0) {
                outstanding.put(invoice.id(), BigDecimal.ZERO);
                return new MatchedLine(line, StatementOutcome.MATCHED, invoice);
            }
            return new MatchedLine(line, StatementOutcome.PARTIAL, invoice);
        }).toList());
    }

    /** Every line, in file order. */
    public List<MatchedLine> lines() {
        return lines;
    }

    public List<MatchedLine> lines(StatementOutcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).toList();
    }

    /** The number of lines of each outcome, zeros included. */
    public Map<StatementOutcome, Integer> counts() {
        return counts;
    }

    /** The distinct references the lines name, to look their invoices up by. */
    public static Set<String> references(StatementFile file) {
        Set<String> references = new HashSet<>();
        file.lines().stream().filter(StatementLine::isReadable).map(StatementLine::reference)
                .filter(reference -> reference != null).forEach(references::add);
        return references;
    }
}
