package org.association.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.association.common.BusinessException;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Department;
import org.association.organization.entity.DepartmentKind;
import org.association.web.admin.Feedback;

/** The department tree of the back office: adding, editing and deleting departments. */
@Named
@ViewScoped
public class DepartmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A department in tree order, with its depth for indenting. */
    public record Row(Department department, int depth) implements Serializable {
    }

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentsBacking appointments;

    @Inject
    private Feedback feedback;

    private List<Row> rows;
    private Department editing;
    /** The departments the one being edited may hang under: any but itself. */
    private List<Department> parents;

    @PostConstruct
    void load() {
        List<Department> all = departments.all();
        rows = new ArrayList<>();
        addChildren(all, null, 0);
    }

    private void addChildren(List<Department> all, Department parent, int depth) {
        for (Department department : all) {
            if (Objects.equals(department.getParent(), parent)) {
                rows.add(new Row(department, depth));
                addChildren(all, department, depth + 1);
            }
        }
    }

    public void addDepartment() {
        startEditing(new Department(null, DepartmentKind.SECRETARIAT_DEPARTMENT, null, null));
        editing.setPosition(rows.size());
    }

    public void editDepartment(Department department) {
        startEditing(departments.find(department.getId()));
    }

    private void startEditing(Department department) {
        editing = department;
        parents = rows.stream().map(Row::department).filter(other -> !other.equals(department)).toList();
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
            load();
        } catch (BusinessException e) {
            feedback.refused("department", e);
        }
    }

    public void deleteDepartment(Department department) {
        try {
            departments.delete(department.getId(), department.getVersion(), null);
            feedback.info("department.deleted", department.getNameZh());
            appointments.departmentDeleted(department);
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Department getEditing() {
        return editing;
    }

    public List<Department> getParents() {
        return parents;
    }
}
