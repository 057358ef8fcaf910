package org.association.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.association.audit.entity.AuditEntry;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.LogLine;

/**
 * Writes and reads the append-only audit log. Entries are written in the caller's transaction, so a
 * change and its entry are committed or rolled back together; once committed, each staff change also
 * goes to the server log as one line under "org.association.audit" (who, what, which fields; never the
 * values, which may be private contact data).
 * <p>
 * An entry holds the values of the record it is about, so a caller reads only the entries of the records
 * their roles may see: an ADMIN all of them, an EDITOR those of articles, attachments and channels, a
 * MEMBERSHIP officer those of members, departments, appointments, imports and events, an EVENTS officer those of
 * events and their registrations.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME, Role.EVENTS_NAME})
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor actor;

    @Inject
    private AssociationClock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private static final Logger LOG = Logger.getLogger("org.association.audit");

    static final Set<String> EDITOR_TYPES = Set.of("Article", "Attachment", "Channel");
    static final Set<String> MEMBERSHIP_TYPES = Set.of("Member", "Department", "Appointment", "ImportBatch", "MemberContact",
            "FeeRate", "Invoice", "DuesPayment", "DuesAdjustment", "OnlinePayment", "ContactRequest");
    static final Set<String> EVENTS_TYPES = Set.of("Event", "RegistrationType", "Registration");

    @Resource
    private SessionContext session;

    @PermitAll
    public AuditEntry record(String entityType, Long entityId, String action, Map<String, String[]> changes, String reason) {
        return record(entityType, entityId, action, changes, reason, null);
    }

    /** Records a change made by an import batch, which can later be reverted through these entries. */
    @PermitAll
    public AuditEntry record(String entityType, Long entityId, String action, Map<String, String[]> changes, String reason,
            Long batchId) {
        AuditEntry entry = new AuditEntry(clock.now(), actor.name(), entityType, entityId, action, toJson(changes),
                reason == null || reason.isBlank() ? null : checked(reason.strip()), batchId);
        em.persist(entry);
        // an import's rows stay in the audit log only; the server log gets its batch's own entry
        if (batchId == null) {
            logWhenCommitted(LogLine.event("record-changed").with("actor", entry.getActor()).with("entity", entityType)
                    .with("id", entityId).with("action", action).with("fields", changes == null || changes.isEmpty() ? null
                            : String.join(",", changes.keySet())));
        }
        return entry;
    }

    private void logWhenCommitted(LogLine line) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(line::toString);
                }
            }
        });
    }

    /**
     * The newest changes, for the dashboard. The outbox's deliveries are left out: the sender records every mail it
     * sends, and those would push the staff's own changes off the list (the mail log shows them).
     */
    public List<AuditEntry> latest(int max) {
        return newest(AuditFilter.ALL, "MailMessage", 0, max);
    }

    public List<AuditEntry> of(String entityType, long entityId) {
        Set<String> readable = readableTypes();
        if (readable != null && !readable.contains(entityType)) {
            return List.of();
        }
        return em.createNamedQuery(AuditEntry.OF_ENTITY, AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    /** A page of the entries matching the filter, newest first. */
    public List<AuditEntry> search(AuditFilter filter, int first, int max) {
        return newest(filter, null, first, max);
    }

    private List<AuditEntry> newest(AuditFilter filter, String leftOutType, int first, int max) {
        AuditQuery query = AuditQuery.of(filter, readableTypes());
        if (query == null) {
            return List.of();
        }
        TypedQuery<AuditEntry> items = em.createQuery("select e from AuditEntry e" + query.where()
                + (leftOutType == null ? "" : " and e.entityType <> :leftOut")
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        query.parameters().forEach(items::setParameter);
        if (leftOutType != null) {
            items.setParameter("leftOut", leftOutType);
        }
        return items.setFirstResult(first).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count(AuditFilter filter) {
        AuditQuery query = AuditQuery.of(filter, readableTypes());
        if (query == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + query.where(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The entity types whose entries the caller may read; null for all of them. */
    private Set<String> readableTypes() {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return null;
        }
        Set<String> readable = new HashSet<>();
        if (session.isCallerInRole(Role.EDITOR_NAME)) {
            readable.addAll(EDITOR_TYPES);
        }
        if (session.isCallerInRole(Role.MEMBERSHIP_NAME)) {
            readable.addAll(MEMBERSHIP_TYPES);
            readable.addAll(EVENTS_TYPES);
        }
        if (session.isCallerInRole(Role.EVENTS_NAME)) {
            readable.addAll(EVENTS_TYPES);
        }
        return readable;
    }

    /** The JPQL condition of an audit filter. */
    private record AuditQuery(String where, Map<String, Object> parameters) {

        /** The condition within the readable types (null: all); null when nothing can match. */
        static AuditQuery of(AuditFilter filter, Set<String> readable) {
            if (readable != null && readable.isEmpty()) {
                return null;
            }
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (readable != null) {
                where.append(" and e.entityType in :readable");
                parameters.put("readable", readable);
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                where.append(" and e.actor = :actor");
                parameters.put("actor", filter.actor().strip());
            }
            if (filter.entityType() != null && !filter.entityType().isBlank()) {
                where.append(" and e.entityType = :type");
                parameters.put("type", filter.entityType());
            }
            if (filter.entityId() != null) {
                where.append(" and e.entityId = :id");
                parameters.put("id", filter.entityId());
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                where.append(" and e.action = :action");
                parameters.put("action", filter.action());
            }
            if (filter.from() != null) {
                where.append(" and e.occurredAt >= :from");
                parameters.put("from", filter.from().atStartOfDay());
            }
            if (filter.to() != null) {
                where.append(" and e.occurredAt < :to");
                parameters.put("to", filter.to().plusDays(1).atStartOfDay());
            }
            return new AuditQuery(where.toString(), parameters);
        }
    }

    /** The entries an import batch wrote, in the order it wrote them. */
    public List<AuditEntry> ofBatch(long batchId) {
        Set<String> readable = readableTypes();
        return em.createQuery("select e from AuditEntry e where e.batchId = :batch order by e.id", AuditEntry.class)
                .setParameter("batch", batchId)
                .getResultStream()
                .filter(entry -> readable == null || readable.contains(entry.getEntityType()))
                .toList();
    }

    /** Looked up once: Json.createValue and the like look the provider up with a ServiceLoader at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static String toJson(Map<String, String[]> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        changes.forEach((field, values) -> json.add(field, JSON.createArrayBuilder()
                .add(values[0] == null ? JsonValue.NULL : JSON.createValue(values[0]))
                .add(values[1] == null ? JsonValue.NULL : JSON.createValue(values[1]))));
        return json.build().toString();
    }

    private static String checked(String reason) {
        if (reason.length() > AuditEntry.REASON_MAX) {
            throw new BusinessException("error.reason.tooLong", AuditEntry.REASON_MAX);
        }
        return reason;
    }
}
