package org.association.web.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.entity.Language;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.Position;
import org.association.web.site.Pages;
import org.association.web.site.ChannelPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;

/** The secretariat's departments and the association's other bodies, each with who leads it today. */
@Named
@RequestScoped
public class SecretariatBacking extends ChannelPage {

    /** A department and its current head and deputies. */
    public record Unit(Department department, List<Appointment> leaders) {
    }

    private static final List<Position> LEADING = List.of(Position.HEAD, Position.COMMITTEE_CHAIR, Position.DEPUTY_HEAD);

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    private List<Unit> units;

    public void load() {
        List<Appointment> current = appointments.current();
        units = departments.all().stream()
                .map(department -> new Unit(department, current.stream()
                        .filter(appointment -> department.equals(appointment.getDepartment()))
                        .filter(appointment -> LEADING.contains(appointment.getPosition()))
                        .sorted(Comparator.comparing(appointment -> LEADING.indexOf(appointment.getPosition())))
                        .toList()))
                .toList();
    }

    public List<Unit> getUnits() {
        return units;
    }

    public String name(Department department) {
        return site.isEnglish() ? department.getNameEn() : department.getNameZh();
    }

    public String description(Department department) {
        return site.isEnglish() && department.getDescriptionEn() != null ? department.getDescriptionEn()
                : department.getDescriptionZh();
    }
}
