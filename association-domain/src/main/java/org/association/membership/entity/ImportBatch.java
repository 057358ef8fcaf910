package org.association.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.association.common.FileBatch;

/** One uploaded member file: previewed, then committed in one transaction, and perhaps reverted. */
@Entity
@Table(name = "IMPORT_BATCH")
public class ImportBatch extends FileBatch {

    private static final long serialVersionUID = 1L;

    @Column(name = "NEW_ROWS", nullable = false)
    private int newRows;

    @Column(name = "UPDATED_ROWS", nullable = false)
    private int updatedRows;

    @Column(name = "UNCHANGED_ROWS", nullable = false)
    private int unchangedRows;

    @Column(name = "ERROR_ROWS", nullable = false)
    private int errorRows;

    protected ImportBatch() {
    }

    public ImportBatch(String fileName, byte[] content) {
        super(fileName, content);
    }

    public void counted(int newRows, int updatedRows, int unchangedRows, int errorRows) {
        this.newRows = newRows;
        this.updatedRows = updatedRows;
        this.unchangedRows = unchangedRows;
        this.errorRows = errorRows;
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
}
