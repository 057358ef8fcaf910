package org.association.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.membership.entity.Member;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.Position;

/**
 * Who holds which post when. A department has at most one head at any date: a new head appointment
 * that overlaps a current one is refused, and two made at the same moment cannot both pass, because
 * each raises the department's version.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class AppointmentService {

    /** Stands for "no end" in date comparisons; the largest date both Derby and PostgreSQL store. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    public Appointment appoint(Appointment appointment, String reason) {
        refuseSecondHead(appointment);
        return store.create(appointment, reason);
    }

    public Appointment update(Appointment appointment, String reason) {
        refuseSecondHead(appointment);
        return store.update(appointment, reason);
    }

    /** Ends an appointment on {@code lastDay}. */
    public Appointment end(long id, int version, LocalDate lastDay, String reason) {
        Appointment appointment = store.findCurrent(Appointment.class, id, version);
        if (lastDay.isBefore(appointment.getStartOn())) {
            throw new BusinessException("error.appointment.endBeforeStart");
        }
        return store.change(appointment, "ended", reason, ended -> ended.setEndOn(lastDay));
    }

    public Appointment find(long id) {
        return store.find(Appointment.class, id);
    }

    /** Appointments running on {@code day}, with their members and departments. */
    @PermitAll
    public List<Appointment> currentOn(LocalDate day) {
        return em.createNamedQuery(Appointment.CURRENT_ON, Appointment.class).setParameter("day", day).getResultList();
    }

    @PermitAll
    public List<Appointment> current() {
        return currentOn(clock.today());
    }

    /** Everyone ever appointed in a department (or, for null, to the association itself), newest first. */
    public List<Appointment> ofDepartment(Department department) {
        String where = department == null ? "a.department is null" : "a.department = :department";
        var query = em.createQuery("select a from Appointment a join fetch a.member where " + where
                + " order by a.startOn desc, a.id desc", Appointment.class);
        if (department != null) {
            query.setParameter("department", department);
        }
        return query.getResultList();
    }

    public List<Appointment> of(Member member) {
        return em.createNamedQuery(Appointment.OF_MEMBER, Appointment.class).setParameter("member", member).getResultList();
    }

    private void refuseSecondHead(Appointment appointment) {
        Department department = appointment.getDepartment();
        if (department == null || !appointment.getPosition().isHead()) {
            return;
        }
        Department managed = store.find(Department.class, department.getId());
        store.lockAgainstConcurrentWrites(managed, "locked for a head appointment", null);
        LocalDate end = appointment.getEndOn() == null ? OPEN_END : appointment.getEndOn();
        em.createQuery("select a from Appointment a join fetch a.member where a.department = :department"
                        + " and a.position in :heads and a.startOn <= :end and (a.endOn is null or a.endOn >= :start)",
                        Appointment.class)
                .setParameter("department", managed)
                .setParameter("heads", Position.HEADS)
                .setParameter("start", appointment.getStartOn())
                .setParameter("end", end)
                .getResultStream()
                .filter(other -> !other.getId().equals(appointment.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException("error.appointment.headTaken", managed.getNameZh(), other.getMember().getName());
                });
    }
}
