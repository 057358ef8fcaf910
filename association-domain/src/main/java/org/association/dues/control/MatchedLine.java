package org.association.dues.control;

/** A statement's line with what importing it does, and the invoice it names (null when none). */
public record MatchedLine(StatementLine line, StatementOutcome outcome, OpenInvoice invoice) {

    public int rowNumber() {
        return line.rowNumber();
    }

    /** Whether staff can still match it to an invoice by hand. */
    public boolean isOpen() {
        return outcome == StatementOutcome.PARTIAL || outcome == StatementOutcome.UNMATCHED;
    }
}
