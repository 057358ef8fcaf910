package org.association.web.membership;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.association.common.BusinessException;
import org.association.membership.boundary.MemberImportService;
import org.association.membership.control.ClassifiedRow;
import org.association.membership.control.ImportOutcome;
import org.association.membership.control.MemberColumn;
import org.association.membership.control.RowError;
import org.association.membership.entity.ImportBatch;
import org.association.web.admin.Feedback;
import org.association.web.site.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Importing members: upload a CSV or XLSX file, see what every row would do (new, update, unchanged,
 * error with its reasons), then commit all valid rows at once, or revert a committed batch. The page
 * keeps only the batch's id: the file itself is stored with the batch, and the preview is worked out
 * again from it where needed (on any server of a cluster).
 */
@Named
@ViewScoped
public class MemberImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberImportService imports;

    @Inject
    private Feedback feedback;

    private Long batchId;
    private int batchVersion;
    private String fileName;
    private ImportOutcome shown;
    private String revertReason;
    private transient MemberImportService.Preview preview;
    /** The latest batches, read once a view (and again after a change); not kept in the state, as the preview is not. */
    private transient List<ImportBatch> recent;

    public void upload(FileUploadEvent event) {
        try {
            preview = imports.preview(event.getFile().getFileName(), event.getFile().getContent());
        } catch (BusinessException e) {
            feedback.refused(null, e);
            return;
        }
        batchId = preview.batchId();
        recent = null;
        batchVersion = preview.batchVersion();
        fileName = preview.fileName();
        Map<ImportOutcome, Integer> counts = preview.rows().counts();
        shown = counts.get(ImportOutcome.ERROR) > 0 ? ImportOutcome.ERROR : null;
        feedback.info("importPage.previewed", preview.rows().rows().size(), counts.get(ImportOutcome.NEW),
                counts.get(ImportOutcome.UPDATE), counts.get(ImportOutcome.UNCHANGED), counts.get(ImportOutcome.ERROR));
        if (!preview.unknownColumns().isEmpty()) {
            feedback.info("import.unknownColumns", String.join(", ", preview.unknownColumns()));
        }
    }

    public void commit() {
        try {
            ImportBatch batch = imports.commit(batchId, batchVersion);
            batchVersion = batch.getVersion();
            preview = null;
            recent = null;
            feedback.info("importPage.committed", batch.getNewRows(), batch.getUpdatedRows(), batch.getErrorRows());
            batchId = null;
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public void revert(ImportBatch batch) {
        if (revertReason == null || revertReason.isBlank()) {
            feedback.fieldError("recent:revertReason", "form.reasonRequired");
            return;
        }
        try {
            imports.revert(batch.getId(), batch.getVersion(), revertReason);
            feedback.info("importPage.reverted", batch.getFileName());
            revertReason = null;
            recent = null;
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public void cancel() {
        batchId = null;
        preview = null;
    }

    public boolean isPreviewing() {
        return batchId != null;
    }

    private MemberImportService.Preview preview() {
        if (preview == null && batchId != null) {
            preview = imports.previewAgain(batchId);
        }
        return preview;
    }

    public List<ClassifiedRow> getRows() {
        return shown == null ? preview().rows().rows() : preview().rows().rows(shown);
    }

    public int count(ImportOutcome outcome) {
        return preview().rows().counts().get(outcome);
    }

    /** What a row's errors say, in the user's language. */
    public String errors(ClassifiedRow row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return row.errors().stream().map(error -> describe(error, locale)).collect(Collectors.joining("; "));
    }

    private static String describe(RowError error, Locale locale) {
        String field = error.field() == null ? "" : MemberColumn.ofProperty(error.field())
                .map(column -> column.header(locale) + ": ").orElse("");
        return field + Messages.text(locale, error.messageKey(), error.arguments().toArray());
    }

    public String changes(ClassifiedRow row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return row.changes().stream().map(column -> column.header(locale)).collect(Collectors.joining(", "));
    }

    public List<ImportBatch> getRecent() {
        if (recent == null) {
            recent = imports.recent(10);
        }
        return recent;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportOutcome getShown() {
        return shown;
    }

    public void setShown(ImportOutcome shown) {
        this.shown = shown;
    }

    public String getRevertReason() {
        return revertReason;
    }

    public void setRevertReason(String revertReason) {
        this.revertReason = revertReason;
    }
}
