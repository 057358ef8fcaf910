package org.association.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.membership.boundary.MemberFilter;
import org.association.membership.boundary.MemberRow;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.DepartmentKind;
import org.association.organization.entity.Position;
import org.association.web.admin.Feedback;

/**
 * The department tree and the appointments: who holds which post in the association or in a
 * department, from when to when, decided by what; and who held the posts on any given date.
 */
@Named
@ViewScoped
public class OrganizationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A department in tree order, with its depth for indenting. */
    public record Row(Department department, int depth) implements Serializable {
    }

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    @Inject
    private MemberService members;

    @Inject
    private AssociationClock clock;

    @Inject
    private Feedback feedback;

    private List<Row> rows;
    private Department selected;
    private Department editing;

    private String holderNumber;
    /** The labels of the member numbers suggested so far. */
    private final Map<String, String> holderLabels = new HashMap<>();
    private Position position;
    private LocalDate startOn;
    private LocalDate endOn;
    private String decidedBy;

    private Appointment ending;
    private LocalDate lastDay;
    private String endReason;

    private LocalDate heldOn;

    @PostConstruct
    void create() {
        heldOn = clock.today();
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<Department> all = departments.all();
            rows = new ArrayList<>();
            addChildren(all, null, 0);
        }
        return rows;
    }

    private void addChildren(List<Department> all, Department parent, int depth) {
        for (Department department : all) {
            if (Objects.equals(department.getParent(), parent)) {
                rows.add(new Row(department, depth));
                addChildren(all, department, depth + 1);
            }
        }
    }

    /** Shows the appointments of a department, or (null) of the association itself. */
    public void select(Department department) {
        selected = department;
    }

    public void addDepartment() {
        editing = new Department(null, DepartmentKind.SECRETARIAT_DEPARTMENT, null, null);
        editing.setPosition(getRows().size());
    }

    public void editDepartment(Department department) {
        editing = departments.find(department.getId());
    }

    public void saveDepartment() {
        try {
            if (editing.isNew()) {
                departments.create(editing, null);
            } else {
                departments.update(editing, null);
            }
            feedback.info("department.saved", editing.getNameZh());
            editing = null;
            rows = null;
        } catch (BusinessException e) {
            feedback.refused("department", e);
        }
    }

    public void deleteDepartment(Department department) {
        try {
            departments.delete(department.getId(), department.getVersion(), null);
            feedback.info("department.deleted", department.getNameZh());
            if (department.equals(selected)) {
                selected = null;
            }
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        rows = null;
    }

    public void prepareAppointment() {
        holderNumber = null;
        position = selected == null ? Position.VICE_PRESIDENT : Position.HEAD;
        startOn = clock.today();
        endOn = null;
        decidedBy = null;
    }

    public void appoint() {
        Member holder = holderNumber == null ? null : members.byNumber(holderNumber.strip()).orElse(null);
        if (holder == null) {
            feedback.fieldError("appointment:holder", "appointment.noSuchMember", holderNumber);
            return;
        }
        Appointment appointment = new Appointment(holder, selected, position, startOn);
        appointment.setEndOn(endOn);
        appointment.setDecidedBy(decidedBy);
        try {
            appointments.appoint(appointment, decidedBy);
            feedback.info("appointment.saved", holder.getName());
        } catch (BusinessException e) {
            feedback.refused("appointment", e);
        }
    }

    public void prepareEnd(Appointment appointment) {
        ending = appointment;
        lastDay = clock.today();
        endReason = null;
    }

    public void end() {
        try {
            appointments.end(ending.getId(), ending.getVersion(), lastDay, endReason);
            feedback.info("appointment.ended", ending.getMember().getName());
            ending = null;
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    /**
     * The numbers of the members whose number or name holds the text typed. The field's value is a plain
     * member number, shown (like the suggestions) with the member's name.
     */
    public List<String> completeHolder(String text) {
        List<MemberRow> found = members.search(new MemberFilter(text, null, null, false, null, null, null), 0, 10, "memberNumber", true);
        found.stream().filter(row -> row.memberNumber() != null)
                .forEach(row -> holderLabels.put(row.memberNumber(), row.memberNumber() + " " + row.name()));
        return found.stream().map(MemberRow::memberNumber).filter(Objects::nonNull).toList();
    }

    public String holderLabel(String number) {
        return holderLabels.getOrDefault(number, number);
    }

    /** Everyone ever appointed in the selected department (or the association), newest first. */
    public List<Appointment> getAppointments() {
        return appointments.ofDepartment(selected);
    }

    /** Who held a post in the selected department (or the association) on the chosen date. */
    public List<Appointment> getHeldOn() {
        return appointments.currentOn(heldOn == null ? clock.today() : heldOn).stream()
                .filter(appointment -> Objects.equals(appointment.getDepartment(), selected))
                .toList();
    }

    public List<Position> getPositions() {
        return List.of(Position.values());
    }

    public List<DepartmentKind> getKinds() {
        return List.of(DepartmentKind.values());
    }

    public List<Department> getParents() {
        return departments.all().stream().filter(department -> editing == null || !department.equals(editing)).toList();
    }

    public Department getSelected() {
        return selected;
    }

    public Department getEditing() {
        return editing;
    }

    public String getHolderNumber() {
        return holderNumber;
    }

    public void setHolderNumber(String holderNumber) {
        this.holderNumber = holderNumber;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Appointment getEnding() {
        return ending;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public LocalDate getHeldOnDate() {
        return heldOn;
    }

    public void setHeldOnDate(LocalDate heldOn) {
        this.heldOn = heldOn;
    }
}
