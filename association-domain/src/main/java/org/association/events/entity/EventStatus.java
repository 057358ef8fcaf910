package org.association.events.entity;

/** Where an event stands: only a published event takes registrations; a draft is on no public page. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    CANCELLED,
    FINISHED
}
