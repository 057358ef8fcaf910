package org.association.common;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.association.audit.boundary.AuditService;
import org.association.audit.control.ChangeSet;

/**
 * What every service does to save staff-edited records: check them against their constraints first
 * (a broken rule is an {@link InvalidEntityException}, before anything is written), persist or merge
 * inside the caller's transaction, flush at once so conflicts surface as
 * {@link EntityAlreadyModifiedException} and unique-key clashes as {@link DuplicateEntityException},
 * and write the audit entry with the fields that changed.
 */
@Dependent
public class EntityStore {

    /** Unique constraints of the schema and the entity property each one guards. */
    private static final Map<String, String> UNIQUE_CONSTRAINTS = Map.of(
            "MEMBER_NUMBER_UQ", "memberNumber",
            "MEMBER_LICENCE_UQ", "licenceNumber",
            "MEMBER_CREDIT_CODE_UQ", "creditCode",
            "CHANNEL_SLUG_UQ", "slug",
            "ARTICLE_CHANNEL_SLUG_UQ", "slug",
            "DEPARTMENT_CODE_UQ", "code",
            "ACCOUNT_USERNAME_UQ", "username");
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Event<ContentChanged> changes;

    @Inject
    private Validator validator;

    public <T extends VersionedEntity> T create(T entity, String reason) {
        validate(entity);
        em.persist(entity);
        flush();
        audit.record(typeName(entity), entity.getId(), "created", ChangeSet.between(metamodel(entity), null, entity), reason);
        changes.fire(new ContentChanged(typeName(entity), entity.getId()));
        return entity;
    }

    /**
     * Saves a detached copy that a user edited. Refused when the record changed since the copy was
     * loaded; otherwise merged, flushed and audited with the fields that differ.
     */
    public <T extends VersionedEntity> T update(T edited, String reason) {
        return update(edited, "updated", reason);
    }

    public <T extends VersionedEntity> T update(T edited, String action, String reason) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) edited.getClass();
        T current = find(type, edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw new EntityAlreadyModifiedException(type.getSimpleName(), edited.getId());
        }
        validate(edited);
        Map<String, String[]> changed = ChangeSet.between(metamodel(edited), current, edited);
        T merged;
        try {
            merged = em.merge(edited);
            flush();
        } catch (OptimisticLockException | EntityAlreadyModifiedException e) {
            // told as a conflict on the record being saved (the provider does not always say which one it was)
            throw new EntityAlreadyModifiedException(type.getSimpleName(), edited.getId());
        }
        if (!changed.isEmpty() || !"updated".equals(action)) {
            audit.record(type.getSimpleName(), merged.getId(), action, changed, reason);
            changes.fire(new ContentChanged(type.getSimpleName(), merged.getId()));
        }
        return merged;
    }

    /**
     * Flushes and records a change that a status action (approve, publish...) made in place to a
     * managed entity; {@code changed} names each changed field with its old and new value.
     */
    public <T extends VersionedEntity> void changed(T managed, String action, Map<String, String[]> changed, String reason) {
        flush();
        audit.record(typeName(managed), managed.getId(), action, changed, reason);
        changes.fire(new ContentChanged(typeName(managed), managed.getId()));
    }

    public <T> T find(Class<T> type, Object id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NoSuchEntityException(type.getSimpleName(), id);
        }
        return found;
    }

    /** Finds and checks that the caller's copy is not stale, for status actions on a record on screen. */
    public <T extends VersionedEntity> T findCurrent(Class<T> type, Long id, int expectedVersion) {
        T found = find(type, id);
        if (found.getVersion() != expectedVersion) {
            throw new EntityAlreadyModifiedException(type.getSimpleName(), id);
        }
        return found;
    }

    /**
     * Refuses a record that breaks its constraints, with all of them. (The persistence provider checks
     * them again when it writes, but its refusal would reach the container as a system exception.)
     */
    public void validate(Object entity) {
        Set<ConstraintViolation<Object>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new InvalidEntityException(typeName(entity), violations);
        }
    }

    public void flush() {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            // a status action changed a managed record into one that breaks a rule
            throw new InvalidEntityException(e.getConstraintViolations().stream()
                    .map(violation -> violation.getRootBeanClass().getSimpleName()).findFirst().orElse("record"), e.getConstraintViolations());
        } catch (OptimisticLockException e) {
            Object entity = e.getEntity();
            throw new EntityAlreadyModifiedException(entity == null ? "record" : entity.getClass().getSimpleName(),
                    entity instanceof VersionedEntity versioned ? versioned.getId() : null);
        } catch (PersistenceException e) {
            String field = violatedUniqueField(e);
            if (field != null) {
                throw new DuplicateEntityException(field, null);
            }
            throw e;
        }
    }

    /** The property behind a unique-key violation anywhere in the cause chain, or null if it is not one. */
    static String violatedUniqueField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                return UNIQUE_CONSTRAINTS.entrySet().stream()
                        .filter(constraint -> message.contains(constraint.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse("record");
            }
        }
        return null;
    }

    private <T> EntityType<T> metamodel(T entity) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entity.getClass();
        return em.getMetamodel().entity(type);
    }

    private static String typeName(Object entity) {
        return entity.getClass().getSimpleName();
    }
}
