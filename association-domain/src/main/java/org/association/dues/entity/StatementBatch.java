package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.association.common.FileBatch;

/**
 * One uploaded bank statement: previewed, then committed in one transaction (its matched lines paid), its partial and
 * unmatched lines matched by hand afterwards, and perhaps reverted.
 */
@Entity
@Table(name = "STATEMENT_BATCH")
public class StatementBatch extends FileBatch {

    private static final long serialVersionUID = 1L;

    @Column(name = "MATCHED_LINES", nullable = false)
    private int matchedLines;

    @Column(name = "PARTIAL_LINES", nullable = false)
    private int partialLines;

    @Column(name = "UNMATCHED_LINES", nullable = false)
    private int unmatchedLines;

    /** Lines that pay nothing: already paid, duplicates, money paid out, unreadable. */
    @Column(name = "SKIPPED_LINES", nullable = false)
    private int skippedLines;

    /** Lines that paid an invoice, at the commit and by hand since. */
    @Column(name = "PAID_LINES", nullable = false)
    private int paidLines;

    protected StatementBatch() {
    }

    public StatementBatch(String fileName, byte[] content) {
        super(fileName, content);
    }

    public void counted(int matched, int partial, int unmatched, int skipped) {
        this.matchedLines = matched;
        this.partialLines = partial;
        this.unmatchedLines = unmatched;
        this.skippedLines = skipped;
    }

    public void paid(int lines) {
        paidLines += lines;
    }

    public int getMatchedLines() {
        return matchedLines;
    }

    public int getPartialLines() {
        return partialLines;
    }

    public int getUnmatchedLines() {
        return unmatchedLines;
    }

    public int getSkippedLines() {
        return skippedLines;
    }

    public int getPaidLines() {
        return paidLines;
    }
}
