package org.association.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.association.audit.entity.AuditEntry;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;

/**
 * Writes and reads the append-only audit log. Entries are written in the caller's transaction, so a
 * change and its entry are committed or rolled back together.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor actor;

    @Inject
    private AssociationClock clock;

    @PermitAll
    public AuditEntry record(String entityType, Long entityId, String action, Map<String, String[]> changes, String reason) {
        AuditEntry entry = new AuditEntry(clock.now(), actor.name(), entityType, entityId, action, toJson(changes),
                reason == null || reason.isBlank() ? null : checked(reason.strip()));
        em.persist(entry);
        return entry;
    }

    public List<AuditEntry> latest(int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class).setMaxResults(max).getResultList();
    }

    public List<AuditEntry> of(String entityType, long entityId) {
        return em.createNamedQuery(AuditEntry.OF_ENTITY, AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    static String toJson(Map<String, String[]> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        changes.forEach((field, values) -> json.add(field, Json.createArrayBuilder()
                .add(values[0] == null ? JsonValue.NULL : Json.createValue(values[0]))
                .add(values[1] == null ? JsonValue.NULL : Json.createValue(values[1]))));
        return json.build().toString();
    }

    private static String checked(String reason) {
        if (reason.length() > AuditEntry.REASON_MAX) {
            throw new BusinessException("error.reason.tooLong", AuditEntry.REASON_MAX);
        }
        return reason;
    }
}
