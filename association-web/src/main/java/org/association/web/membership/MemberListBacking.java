package org.association.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.association.common.AssociationClock;
import org.association.membership.boundary.MemberFilter;
import org.association.membership.boundary.MemberRow;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.MemberKind;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Department;
import org.association.web.admin.ServiceDataModel;

/**
 * The member table: filtered by number or name, kind, status (or lapsed), department and paid-up-until
 * range; sorted and paged in the database over any number of members; exported as it is filtered.
 */
@Named
@ViewScoped
public class MemberListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;

    @Inject
    private DepartmentService departments;

    @Inject
    private AssociationClock clock;

    private String text;
    private MemberKind kind;
    private String status;
    private Long departmentId;
    private LocalDate paidUpFrom;
    private LocalDate paidUpTo;

    private ServiceDataModel<MemberRow> model;
    private String lastSortField;
    private boolean lastAscending = true;

    @PostConstruct
    void create() {
        // the dashboard links here with a status, e.g. ?status=APPLICANT for the applications to review
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("status");
        if (wanted != null && getStatuses().contains(wanted)) {
            status = wanted;
        }
        model = new ServiceDataModel<>(() -> members.count(filter()), (first, max, sortField, ascending) -> {
            lastSortField = sortField;
            lastAscending = ascending;
            return members.search(filter(), first, max, sortField, ascending);
        }, MemberRow::id);
    }

    public MemberFilter filter() {
        return MemberFilters.of(text, kind, status, departmentId, paidUpFrom, paidUpTo);
    }

    /** The address of the export of what the table shows now. */
    public String exportLink(String format) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("format", format);
        parameters.put("text", text);
        parameters.put("kind", kind);
        parameters.put("status", status);
        parameters.put("department", departmentId);
        parameters.put("paidFrom", paidUpFrom);
        parameters.put("paidTo", paidUpTo);
        parameters.put("sort", lastSortField);
        parameters.put("ascending", lastAscending);
        StringBuilder link = new StringBuilder("export?");
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                link.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&');
            }
        });
        return link.substring(0, link.length() - 1);
    }

    public void clear() {
        text = null;
        kind = null;
        status = null;
        departmentId = null;
        paidUpFrom = null;
        paidUpTo = null;
    }

    public boolean isLapsed(MemberRow row) {
        return row.isLapsed(clock.today());
    }

    public List<String> getStatuses() {
        return MemberFilters.STATUSES;
    }

    public List<MemberKind> getKinds() {
        return List.of(MemberKind.values());
    }

    public List<Department> getDepartments() {
        return departments.all();
    }

    public ServiceDataModel<MemberRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public LocalDate getPaidUpFrom() {
        return paidUpFrom;
    }

    public void setPaidUpFrom(LocalDate paidUpFrom) {
        this.paidUpFrom = paidUpFrom;
    }

    public LocalDate getPaidUpTo() {
        return paidUpTo;
    }

    public void setPaidUpTo(LocalDate paidUpTo) {
        this.paidUpTo = paidUpTo;
    }
}
