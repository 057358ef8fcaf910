package org.association.membership.entity;

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

/** One uploaded member file: previewed, then committed in one transaction, and perhaps reverted. */
@Entity
@Table(name = "IMPORT_BATCH")
public class ImportBatch extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PREVIEWED, COMMITTED, REVERTED
    }

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PREVIEWED;

    @Column(name = "NEW_ROWS", nullable = false)
    private int newRows;

    @Column(name = "UPDATED_ROWS", nullable = false)
    private int updatedRows;

    @Column(name = "UNCHANGED_ROWS", nullable = false)
    private int unchangedRows;

    @Column(name = "ERROR_ROWS", nullable = false)
    private int errorRows;

    @Column(name = "COMMITTED_AT")
    private LocalDateTime committedAt;

    @Column(name = "REVERTED_AT")
    private LocalDateTime revertedAt;

    protected ImportBatch() {
    }

    public ImportBatch(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content;
    }

    public void counted(int newRows, int updatedRows, int unchangedRows, int errorRows) {
        this.newRows = newRows;
        this.updatedRows = updatedRows;
        this.unchangedRows = unchangedRows;
        this.errorRows = errorRows;
    }

    public void committed(LocalDateTime at) {
        status = Status.COMMITTED;
        committedAt = at;
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

    public int getNewRows() {
        return newRows;
    }

    public int getUpdatedRows() {
        return updatedRows;
    }

    public int getUnchangedRows() {
        return unchangedRows;
    }

    public int getErrorRows() {
        return errorRows;
    }

    public LocalDateTime getCommittedAt() {
        return committedAt;
    }

    public LocalDateTime getRevertedAt() {
        return revertedAt;
    }
}
