package org.association.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.association.common.VersionedEntity;
import org.association.membership.entity.Member;

/**
 * A member holds a position, in the association itself (no department) or in a department, from one
 * date to another (open-ended while current), as decided by a meeting or a document.
 */
@Entity
@Table(name = "APPOINTMENT")
@NamedQuery(name = Appointment.CURRENT_ON,
        query = "select a from Appointment a join fetch a.member left join fetch a.department"
                + " where a.startOn <= :day and (a.endOn is null or a.endOn >= :day) order by a.position, a.startOn")
@NamedQuery(name = Appointment.OF_MEMBER,
        query = "select a from Appointment a left join fetch a.department where a.member = :member order by a.startOn desc")
@NamedQuery(name = Appointment.COUNT, query = "select count(a) from Appointment a")
public class Appointment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String CURRENT_ON = "Appointment.currentOn";
    public static final String OF_MEMBER = "Appointment.ofMember";
    public static final String COUNT = "Appointment.count";

    public static final int DECIDED_BY_MAX = 300;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false)
    private Member member;

    /** Null for a post of the association itself (president, vice president, secretary-general). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DEPARTMENT_ID")
    private Department department;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Position position;

    @NotNull
    @Column(name = "START_ON", nullable = false)
    private LocalDate startOn;

    /** The last day in office; null while the appointment runs. */
    @Column(name = "END_ON")
    private LocalDate endOn;

    /** The meeting or document that decided it, e.g. "第五届理事会第一次会议". */
    @Size(max = DECIDED_BY_MAX)
    @Column(name = "DECIDED_BY", length = DECIDED_BY_MAX)
    private String decidedBy;

    protected Appointment() {
    }

    public Appointment(Member member, Department department, Position position, LocalDate startOn) {
        this.member = member;
        this.department = department;
        this.position = position;
        this.startOn = startOn;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }

    @AssertTrue(message = "{association.appointment.endAfterStart}")
    public boolean isEndNotBeforeStart() {
        return startOn == null || endOn == null || !endOn.isBefore(startOn);
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
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
}
