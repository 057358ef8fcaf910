package org.association.dues.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.association.common.VersionedEntity;

/**
 * One uploaded bank statement: previewed, then committed in one transaction (its matched lines paid), its partial and
 * unmatched lines matched by hand afterwards, and perhaps reverted.
 */
@Entity
@Table(name = "STATEMENT_BATCH")
public class StatementBatch extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PREVIEWED, COMMITTED, REVERTED
    }

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PREVIEWED;

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

    @Column(name = "COMMITTED_AT")
    private LocalDateTime committedAt;

    @Column(name = "REVERTED_AT")
    private LocalDateTime revertedAt;

    protected StatementBatch() {
    }

    public StatementBatch(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content;
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

    public void reverted(LocalDateTime at) {
        status = Status.REVERTED;
        revertedAt = at;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public Status getStatus() {
        return status;
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

    public LocalDateTime getCommittedAt() {
        return committedAt;
    }

    public LocalDateTime getRevertedAt() {
        return revertedAt;
    }
}
