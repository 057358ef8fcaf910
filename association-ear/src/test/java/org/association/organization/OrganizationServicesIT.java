package org.association.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.DepartmentKind;
import org.association.organization.entity.Position;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Departments and appointments on a real Payara, EclipseLink and Derby. */
@ExtendWith(ArquillianExtension.class)
class OrganizationServicesIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OrganizationServicesIT.class);
    }

    @Inject
    private Staff staff;

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    @Inject
    private MemberService members;

    @Test
    void createsReadsUpdatesAndRefusesADuplicateCode() {
        Department created = newDepartment();
        Department loaded = staff.admin(() -> departments.byCode(created.getCode())).orElseThrow();
        loaded.setNameEn("Quality Office");
        staff.admin(() -> departments.update(loaded, "rename"));
        assertEquals("Quality Office", staff.admin(() -> departments.find(created.getId())).getNameEn());

        DuplicateEntityException duplicate = assertThrows(DuplicateEntityException.class,
                () -> staff.admin(() -> departments.create(
                new Department(created.getCode(), DepartmentKind.OFFICE, "重复", "Duplicate"), "test")));
        assertEquals("code", duplicate.getField());
    }

    @Test
    void aDepartmentHasAtMostOneHeadAtAnyDate() {
        Department department = newDepartment();
        Member first = newMember("甲");
        Member second = newMember("乙");
        Appointment firstHead = staff.admin(() -> appointments.appoint(new Appointment(first, department, Position.HEAD,
                LocalDate.of(2024, 1, 1)), "test"));

        BusinessException refused = assertThrows(BusinessException.class, () -> staff.admin(() -> appointments.appoint(
                new Appointment(second, department, Position.HEAD, LocalDate.of(2024, 6, 1)), "test")));
        assertEquals("error.appointment.headTaken", refused.getMessageKey());
        // a deputy is no head
        staff.admin(() -> appointments.appoint(new Appointment(second, department, Position.DEPUTY_HEAD,
                LocalDate.of(2024, 6, 1)), "test"));

        staff.admin(() -> appointments.end(firstHead.getId(), firstHead.getVersion(), LocalDate.of(2024, 12, 31), "term over"));
        Appointment successor = staff.admin(() -> appointments.appoint(
                new Appointment(second, department, Position.HEAD, LocalDate.of(2025, 1, 1)), "test"));

        assertTrue(appointments.currentOn(LocalDate.of(2024, 7, 1)).stream()
                .anyMatch(a -> a.getId().equals(firstHead.getId())));
        assertFalse(appointments.currentOn(LocalDate.of(2025, 7, 1)).stream()
                .anyMatch(a -> a.getId().equals(firstHead.getId())));
        assertTrue(appointments.currentOn(LocalDate.of(2025, 7, 1)).stream()
                .anyMatch(a -> a.getId().equals(successor.getId())));
        assertEquals(2, staff.admin(() -> appointments.of(second)).size());
    }

    private Department newDepartment() {
        return staff.admin(() -> departments.create(new Department("TEST-" + SERIAL.incrementAndGet(),
                DepartmentKind.SECRETARIAT_DEPARTMENT,
                "测试部", "Test Department"), "test"));
    }

    private Member newMember(String name) {
        Member member = Member.individual(name + SERIAL.incrementAndGet());
        member.setStatus(MemberStatus.ACTIVE);
        return staff.admin(() -> members.create(member, "test"));
    }
}
