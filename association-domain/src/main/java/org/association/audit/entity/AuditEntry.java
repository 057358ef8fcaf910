package org.association.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One recorded change: who, when, which record, which fields from what to what, and why. Append-only:
 * there are no setters, and the service offers no update or delete.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
@NamedQuery(name = AuditEntry.OF_ENTITY,
        query = "select e from AuditEntry e where e.entityType = :type and e.entityId = :id order by "
                + "e.occurredAt desc, e.id desc")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ENTITY = "AuditEntry.ofEntity";

    public static final int REASON_MAX = 500;

    /** From the same sequence as every other record (declared on VersionedEntity). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 40)
    private String entityType;

    @Column(name = "ENTITY_ID")
    private Long entityId;

    /** created, updated, approved, deleted, imported, ... */
    @Column(nullable = false, length = 30)
    private String action;

    /** The changed fields as JSON: {"field": ["before", "after"], ...}. */
    @Lob
    @Column(name = "CHANGES")
    private String changes;

    @Column(length = REASON_MAX)
    private String reason;

    /** The import batch that made this change, if one did. */
    @Column(name = "BATCH_ID")
    private Long batchId;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String actor, String entityType, Long entityId, String action, String changes,
            String reason, Long batchId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes;
        this.reason = reason;
        this.batchId = batchId;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public Long getBatchId() {
        return batchId;
    }

}
