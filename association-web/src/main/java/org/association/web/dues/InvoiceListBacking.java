package org.association.web.dues;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.InvoiceRow;
import org.association.dues.boundary.IssueOutcome;
import org.association.dues.entity.InvoiceStatus;
import org.association.web.admin.Feedback;
import org.association.web.admin.ServiceDataModel;

/**
 * /admin/dues/: the invoices, filtered by period and status (?period=2026-01-01&amp;status=OUTSTANDING opens it so),
 * counted and paged in the database; and issuing a period's invoices to all active members, which adds none twice.
 */
@Named
@ViewScoped
public class InvoiceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DuesService dues;

    @Inject
    private AssociationClock clock;

    @Inject
    private Feedback feedback;

    private LocalDate period;
    private InvoiceStatus status;
    private List<LocalDate> periods;
    private ServiceDataModel<InvoiceRow> model;
    private LocalDate issueStart;
    private LocalDate issueDue;

    @PostConstruct
    void create() {
        periods = dues.periods();
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            period = parameters.get("period") == null ? null : LocalDate.parse(parameters.get("period"));
            status = parameters.get("status") == null ? null : InvoiceStatus.valueOf(parameters.get("status"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // an address that does not parse shows the whole list
            period = null;
            status = null;
        }
        issueStart = LocalDate.of(clock.today().getYear() + 1, 1, 1);
        issueDue = issueStart.withMonth(3).withDayOfMonth(31);
        model = new ServiceDataModel<>(() -> dues.count(period, status),
                (first, max, sortField, ascending) -> dues.search(period, status, first, max, sortField, ascending),
                InvoiceRow::id);
    }

    public void issue() {
        try {
            IssueOutcome outcome = dues.issue(issueStart, issueDue, null);
            feedback.info("dues.issued", outcome.issued(), outcome.alreadyIssued(), outcome.withoutRate());
            periods = dues.periods();
            period = issueStart;
            status = null;
        } catch (BusinessException e) {
            feedback.refused("issue", e);
        }
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public List<LocalDate> getPeriods() {
        return periods;
    }

    public ServiceDataModel<InvoiceRow> getModel() {
        return model;
    }

    public LocalDate getPeriod() {
        return period;
    }

    public void setPeriod(LocalDate period) {
        this.period = period;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public LocalDate getIssueStart() {
        return issueStart;
    }

    public void setIssueStart(LocalDate issueStart) {
        this.issueStart = issueStart;
    }

    public LocalDate getIssueDue() {
        return issueDue;
    }

    public void setIssueDue(LocalDate issueDue) {
        this.issueDue = issueDue;
    }
}
