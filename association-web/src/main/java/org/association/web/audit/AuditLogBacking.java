package org.association.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.association.audit.boundary.AuditFilter;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.web.admin.ServiceDataModel;

/** The audit log: every change, filterable by who, what record, which action and when. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> ENTITY_TYPES = List.of("Member", "Article", "Attachment", "Channel", "Department", "Appointment",
            "Account", "ImportBatch", "BackupToken", "MailMessage", "MailTemplate", "MailRecipient");

    @Inject
    private AuditService audit;

    private String actor;
    private String entityType;
    private Long entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private ServiceDataModel<AuditEntry> model;

    @PostConstruct
    void create() {
        model = new ServiceDataModel<>(() -> audit.count(filter()),
                (first, max, sortField, ascending) -> audit.search(filter(), first, max),
                AuditEntry::getId);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, entityType, entityId, action, from, to);
    }

    public List<String> getEntityTypes() {
        return ENTITY_TYPES;
    }

    public ServiceDataModel<AuditEntry> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
