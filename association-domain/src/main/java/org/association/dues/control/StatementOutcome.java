package org.association.dues.control;

/** What importing a bank statement's line does, or did. */
public enum StatementOutcome {
    /** Pays an invoice: its reference names one, and the amount is what the invoice still asks for. */
    MATCHED,
    /** Names an invoice but the amount differs from what is outstanding (less or more): for staff to match by hand. */
    PARTIAL,
    /** Names no invoice: for staff to match by hand. */
    UNMATCHED,
    /** Names an invoice that nothing is outstanding on any more (paid before, or by an earlier line of the file). */
    ALREADY_PAID,
    /** The same bank line was imported before (or twice in the file): it pays nothing again. */
    DUPLICATE,
    /** Paid an invoice from this statement (at the commit or matched by hand). */
    PAID,
    /** Money paid out, not received: nothing to do. */
    IGNORED,
    /** The line could not be read. */
    ERROR
}
