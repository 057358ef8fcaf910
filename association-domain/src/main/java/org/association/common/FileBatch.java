package org.association.common;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * One uploaded file of an import (members, a bank statement): kept as uploaded, previewed, then committed in one
 * transaction, and perhaps reverted.
 */
@MappedSuperclass
public abstract class FileBatch extends VersionedEntity {

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

    @Column(name = "COMMITTED_AT")
    private LocalDateTime committedAt;

    @Column(name = "REVERTED_AT")
    private LocalDateTime revertedAt;

    protected FileBatch() {
    }

    protected FileBatch(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content;
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

    public LocalDateTime getCommittedAt() {
        return committedAt;
    }

    public LocalDateTime getRevertedAt() {
        return revertedAt;
    }
}
