package org.association.web.dues;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.common.FileBatch;
import org.association.dues.boundary.StatementImportService;
import org.association.dues.control.MatchedLine;
import org.association.dues.control.StatementOutcome;
import org.association.dues.entity.StatementBatch;
import org.association.web.admin.Feedback;
import org.association.web.site.Messages;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.event.FileUploadEvent;

/**
 * Importing a bank statement, as the member import does: upload the bank's CSV or XLSX export, see what every line
 * does (matched, partial, unmatched, already paid, duplicate, ignored, error), commit the matched lines at once, then
 * match the partial and unmatched ones to invoices by hand; or revert a committed batch. The page keeps only the batch's
 * id: the lines are worked out again from the stored file where needed.
 */
@Named
@ViewScoped
public class StatementImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementImportService statements;

    @Inject
    private Feedback feedback;

    private Long batchId;
    private StatementOutcome shown;
    private String revertReason;
    /** What staff typed for the open lines, by row: the invoice's reference and, if not the line's, the amount. */
    private final Map<Integer, String> invoiceReferences = new HashMap<>();
    private final Map<Integer, BigDecimal> amounts = new HashMap<>();
    private transient StatementImportService.Preview preview;
    private transient List<StatementBatch> recent;

    public void upload(FileUploadEvent event) {
        try {
            preview = statements.preview(event.getFile().getFileName(), event.getFile().getContent());
        } catch (BusinessException e) {
            feedback.refused(null, e);
            return;
        }
        batchId = preview.batchId();
        recent = null;
        shown = null;
        Map<StatementOutcome, Integer> counts = preview.lines().counts();
        feedback.info("statementPage.previewed", preview.lines().lines().size(), counts.get(StatementOutcome.MATCHED),
                counts.get(StatementOutcome.PARTIAL), counts.get(StatementOutcome.UNMATCHED));
        if (!preview.unknownColumns().isEmpty()) {
            feedback.info("statementPage.unknownColumns", String.join(", ", preview.unknownColumns()));
        }
    }

    public void commit() {
        try {
            StatementBatch batch = statements.commit(batchId, preview().batchVersion());
            feedback.info("statementPage.committed", batch.getPaidLines());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        reload();
    }

    /** Pays the invoice staff named for an open line. */
    public void match(MatchedLine line) {
        String reference = invoiceReferences.get(line.rowNumber());
        if (reference == null || reference.isBlank()) {
            feedback.error("statementPage.referenceRequired", line.rowNumber());
            return;
        }
        try {
            statements.matchByHand(batchId, line.rowNumber(), reference, amounts.get(line.rowNumber()), null);
            feedback.info("statementPage.matched", line.rowNumber(), reference);
            invoiceReferences.remove(line.rowNumber());
            amounts.remove(line.rowNumber());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        reload();
    }

    /** Shows a batch of the list again, to match its open lines by hand. */
    public void open(StatementBatch batch) {
        batchId = batch.getId();
        shown = null;
        reload();
    }

    public void revert(StatementBatch batch) {
        if (revertReason == null || revertReason.isBlank()) {
            feedback.fieldError("recent:revertReason", "form.reasonRequired");
            return;
        }
        try {
            statements.revert(batch.getId(), batch.getVersion(), revertReason);
            feedback.info("statementPage.reverted", batch.getFileName());
            revertReason = null;
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        reload();
    }

    public void close() {
        batchId = null;
        preview = null;
    }

    private void reload() {
        preview = null;
        recent = null;
    }

    public boolean isShowing() {
        return batchId != null;
    }

    /** The sample statement is offered with the demo content, whose outstanding invoices it pays. */
    public boolean isDemo() {
        // read, not injected: a config property is no dependency a view-scoped (passivating) bean may hold
        return ConfigProvider.getConfig().getOptionalValue("association.demo-data", Boolean.class).orElse(false);
    }

    private StatementImportService.Preview preview() {
        if (preview == null && batchId != null) {
            preview = statements.previewAgain(batchId);
        }
        return preview;
    }

    public StatementImportService.Preview getPreview() {
        return preview();
    }

    public boolean isPreviewed() {
        return preview().status() == FileBatch.Status.PREVIEWED;
    }

    public boolean isCommitted() {
        return preview().status() == FileBatch.Status.COMMITTED;
    }

    public List<MatchedLine> getLines() {
        return shown == null ? preview().lines().lines() : preview().lines().lines(shown);
    }

    public int count(StatementOutcome outcome) {
        return preview().lines().counts().get(outcome);
    }

    public List<StatementOutcome> getOutcomes() {
        return List.of(StatementOutcome.values());
    }

    /** Why a line could not be read, in the user's language. */
    public String problem(MatchedLine line) {
        if (line.line().isReadable()) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text(locale, line.line().problem(), line.line().problemArguments().toArray());
    }

    public List<StatementBatch> getRecent() {
        if (recent == null) {
            recent = statements.recent(10);
        }
        return recent;
    }

    public StatementOutcome getShown() {
        return shown;
    }

    public void setShown(StatementOutcome shown) {
        this.shown = shown;
    }

    public Map<Integer, String> getInvoiceReferences() {
        return invoiceReferences;
    }

    public Map<Integer, BigDecimal> getAmounts() {
        return amounts;
    }

    public String getRevertReason() {
        return revertReason;
    }

    public void setRevertReason(String revertReason) {
        this.revertReason = revertReason;
    }
}
