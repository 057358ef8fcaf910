package org.association.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What the audit log is searched by; null fields do not restrict. */
public record AuditFilter(String actor, String entityType, Long entityId, String action, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
