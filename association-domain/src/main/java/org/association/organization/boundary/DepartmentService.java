package org.association.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.organization.entity.Department;

/** The tree of secretariat departments, committees, the branch and offices. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class DepartmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @PermitAll
    public List<Department> all() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList();
    }

    @PermitAll
    public Optional<Department> byCode(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Department find(long id) {
        return store.find(Department.class, id);
    }

    public Department create(Department department, String reason) {
        refuseTakenCode(department);
        return store.create(department, reason);
    }

    public Department update(Department department, String reason) {
        refuseTakenCode(department);
        return store.update(department, reason);
    }

    /** Deletes a department that has no sub-departments and nobody ever appointed to it. */
    public void delete(long id, int version, String reason) {
        Department department = store.findCurrent(Department.class, id, version);
        boolean used = em.createQuery("select count(a) from Appointment a where a.department = :d", Long.class)
                .setParameter("d", department).getSingleResult() > 0
                || em.createQuery("select count(d) from Department d where d.parent = :d", Long.class)
                .setParameter("d", department).getSingleResult() > 0;
        if (used) {
            throw new BusinessException("error.department.inUse", department.getNameZh());
        }
        store.remove(department, reason);
    }

    private void refuseTakenCode(Department department) {
        byCode(department.getCode())
                .filter(other -> !other.getId().equals(department.getId()))
                .ifPresent(other -> {
                    throw new DuplicateEntityException("code", department.getCode());
                });
    }
}
