package org.association.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
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
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.Position;
import org.association.web.admin.Feedback;

/**
 * The appointments of the association or of one department: who holds which post, from when to when, decided by what;
 * appointing and ending; and who held the posts on any given date.
 */
@Named
@ViewScoped
public class AppointmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppointmentService appointments;

    @Inject
    private MemberService members;

    @Inject
    private AssociationClock clock;

    @Inject
    private Feedback feedback;

    /** The department whose appointments are shown, or null for the association itself. */
    private Department department;
    private List<Appointment> list;
    private LocalDate heldOn;
    private List<Appointment> held;

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

    @PostConstruct
    void create() {
        heldOn = clock.today();
        load();
    }

    private void load() {
        list = appointments.ofDepartment(department);
        loadHeld();
    }

    /** Who held a post in the department (or the association) on the chosen date. */
    public void loadHeld() {
        held = appointments.currentOn(heldOn == null ? clock.today() : heldOn).stream()
                .filter(appointment -> Objects.equals(appointment.getDepartment(), department))
                .toList();
    }

    /** Shows the appointments of a department, or (null) of the association itself. */
    public void select(Department selected) {
        department = selected;
        load();
    }

    /** The department is gone: if it was shown, the association's appointments are shown instead. */
    void departmentDeleted(Department deleted) {
        if (deleted.equals(department)) {
            select(null);
        }
    }

    public void prepareAppointment() {
        holderNumber = null;
        position = department == null ? Position.VICE_PRESIDENT : Position.HEAD;
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
        Appointment appointment = new Appointment(holder, department, position, startOn);
        appointment.setEndOn(endOn);
        appointment.setDecidedBy(decidedBy);
        try {
            appointments.appoint(appointment, decidedBy);
            feedback.info("appointment.saved", holder.getName());
            load();
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
            load();
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    /**
     * The numbers of the members whose number or name holds the text typed. The field's value is a plain
     * member number, shown (like the suggestions) with the member's name.
     */
    public List<String> completeHolder(String text) {
        MemberFilter filter = new MemberFilter(text, null, null, false, null, null, null);
        List<MemberRow> found = members.search(filter, 0, 10, "memberNumber", true);
        found.stream().filter(row -> row.memberNumber() != null)
                .forEach(row -> holderLabels.put(row.memberNumber(), row.memberNumber() + " " + row.name()));
        return found.stream().map(MemberRow::memberNumber).filter(Objects::nonNull).toList();
    }

    public String holderLabel(String number) {
        return holderLabels.getOrDefault(number, number);
    }

    public Department getDepartment() {
        return department;
    }

    /** Everyone ever appointed in the department (or the association), newest first. */
    public List<Appointment> getList() {
        return list;
    }

    public List<Appointment> getHeld() {
        return held;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
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
}
