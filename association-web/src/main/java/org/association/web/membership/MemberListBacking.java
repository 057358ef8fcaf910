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
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** The sort the address asked for (?sort=name&ascending=false), used until the user sorts by a column. */
    private String addressSort;
    private boolean addressAscending = true;

    private ServiceDataModel<MemberRow> model;
    /** The departments to filter by, read once a view. */
    private List<Department> departmentList;
    private String lastSortField;
    private boolean lastAscending = true;

    @PostConstruct
    void create() {
        departmentList = departments.all();
        readAddress(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        model = new ServiceDataModel<>(() -> members.count(filter()), (first, max, sortField, ascending) -> {
            // a column the user sorted by wins over the address's sort
            lastSortField = sortField == null ? addressSort : sortField;
            lastAscending = sortField == null ? addressAscending : ascending;
            return members.search(filter(), first, max, lastSortField, lastAscending);
        }, MemberRow::id);
    }

    /**
     * The table can be opened filtered and sorted by address, with the parameters of the export link, e.g.
     * from the dashboard (?status=APPLICANT) or a bookmark (?text=王&amp;kind=INDIVIDUAL&amp;sort=name&amp;ascending=false);
     * values that do not parse are ignored, as if absent.
     */
    private void readAddress(Map<String, String> parameters) {
        text = blankToNull(parameters.get("text"));
        kind = parse(parameters.get("kind"), MemberKind::valueOf);
        String wanted = parameters.get("status");
        status = wanted != null && getStatuses().contains(wanted) ? wanted : null;
        departmentId = parse(parameters.get("department"), Long::valueOf);
        paidUpFrom = parse(parameters.get("paidFrom"), LocalDate::parse);
        paidUpTo = parse(parameters.get("paidTo"), LocalDate::parse);
        addressSort = blankToNull(parameters.get("sort"));
        addressAscending = !"false".equals(parameters.get("ascending"));
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
        addressSort = null;
        addressAscending = true;
    }

    public boolean isLapsed(MemberRow row) {
        return row.isLapsed(clock.today());
    }

    public List<String> getStatuses() {
        return MemberFilters.STATUSES;
    }

    public List<Department> getDepartments() {
        return departmentList;
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
