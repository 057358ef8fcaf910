package org.association.mail.entity;

/** Where a notice stands: written, waiting for its time, being put into the outbox, all in the outbox, or called off. */
public enum NoticeStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    SENT,
    CANCELLED
}
