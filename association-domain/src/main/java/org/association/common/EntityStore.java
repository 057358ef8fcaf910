package org.association.common;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.function.Consumer;
import org.association.audit.boundary.AuditService;
import org.association.audit.control.ChangeSet;

/**
 * The one way services write staff-edited records: check them against their constraints first
 * (a broken rule is an {@link InvalidEntityException}, before anything is written), persist, merge,
 * change or remove inside the caller's transaction, flush at once so conflicts surface as
 * {@link EntityAlreadyModifiedException} and unique-key clashes as {@link DuplicateEntityException},
 * and write the audit entry with the fields that changed, in that same transaction.
 */
@Dependent
public class EntityStore {

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
        recorded(entity, "created", ChangeSet.between(metamodel(entity), null, entity), reason, ContentChanged.Placement.NOWHERE,
                placement(entity));
        return entity;
    }

    /**
     * Saves a detached copy that a user edited. Refused when the record changed since the copy was
     * loaded; otherwise merged, flushed and audited with the fields that differ. A managed entity is
     * refused: it is the stored record itself, so there would be nothing to compare it with (see
     * {@link #change}).
     */
    public <T extends VersionedEntity> T update(T edited, String reason) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) edited.getClass();
        if (em.contains(edited)) {
            throw new IllegalArgumentException(type.getSimpleName() + " " + edited.getId()
                    + " is managed: change it through EntityStore.change, which compares it with a snapshot");
        }
        T current = find(type, edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw new EntityAlreadyModifiedException(type.getSimpleName(), edited.getId());
        }
        validate(edited);
        Map<String, String[]> changed = ChangeSet.between(metamodel(edited), current, edited);
        ContentChanged.Placement before = placement(current);
        T merged;
        try {
            merged = em.merge(edited);
            flush();
        } catch (OptimisticLockException | EntityAlreadyModifiedException e) {
            // told as a conflict on the record being saved (the provider does not always say which one it was)
            throw new EntityAlreadyModifiedException(type.getSimpleName(), edited.getId());
        }
        if (!changed.isEmpty()) {
            recorded(merged, "updated", changed, reason, before, placement(merged));
        }
        return merged;
    }

    /**
     * Changes a managed entity in place (a status action, a partner record kept in step): takes a
     * snapshot of its audited fields, runs {@code mutation}, checks and flushes the result, and records
     * the fields that differ from the snapshot as {@code action}. A mutation that changes nothing
     * records nothing.
     */
    public <T extends VersionedEntity> T change(T managed, String action, String reason, Consumer<? super T> mutation) {
        if (!em.contains(managed)) {
            throw new IllegalArgumentException(typeName(managed) + " " + managed.getId()
                    + " is not managed: find it first, or save an edited copy through EntityStore.update");
        }
        EntityType<T> type = metamodel(managed);
        ChangeSet.Snapshot before = ChangeSet.snapshot(type, managed);
        ContentChanged.Placement placedBefore = placement(managed);
        mutation.accept(managed);
        validate(managed);
        Map<String, String[]> changed = before.changesTo(ChangeSet.snapshot(type, managed));
        flush();
        if (!changed.isEmpty()) {
            recorded(managed, action, changed, reason, placedBefore, placement(managed));
        }
        return managed;
    }

    /** Deletes a managed entity, recording the fields it had. */
    public <T extends VersionedEntity> void remove(T managed, String reason) {
        Map<String, String[]> had = ChangeSet.between(metamodel(managed), managed, null);
        ContentChanged.Placement before = placement(managed);
        em.remove(managed);
        flush();
        recorded(managed, "deleted", had, reason, before, ContentChanged.Placement.NOWHERE);
    }

    /**
     * Raises a managed entity's version without changing its fields, so that of two writes that depend on
     * it only one commits; recorded like any write, since an editor's copy of it is stale afterwards.
     */
    public <T extends VersionedEntity> void lockAgainstConcurrentWrites(T managed, String action, String reason) {
        em.lock(managed, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(typeName(managed), managed.getId(), action, Map.of(), reason);
    }

    /** Audits the change and tells who keeps derived state where the record showed before it and shows now. */
    private void recorded(VersionedEntity entity, String action, Map<String, String[]> changed, String reason,
            ContentChanged.Placement before, ContentChanged.Placement after) {
        audit.record(typeName(entity), entity.getId(), action, changed, reason);
        boolean placed = entity instanceof Placed;
        changes.fire(new ContentChanged(typeName(entity), entity.getId(), placed ? before : null, placed ? after : null));
    }

    /** Where a record shows on public pages, or null for one that does not say (it may be anywhere). */
    private static ContentChanged.Placement placement(Object entity) {
        return entity instanceof Placed placed ? placed.placement() : null;
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
                    .map(violation -> violation.getRootBeanClass().getSimpleName()).findFirst().orElse("record"),
                    e.getConstraintViolations());
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
    private String violatedUniqueField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                // read only now: a clash the services did not catch beforehand is rare
                Map<String, String> declared = UniqueKey.Declarations.of(em.getMetamodel().getEntities().stream()
                        .map(EntityType::getJavaType).toList());
                return declared.entrySet().stream()
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
