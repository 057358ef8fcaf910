package org.association.events.entity;

/**
 * A registration holds a place (confirmed), is offered a freed place it holds until it confirms or the offer lapses
 * (offered), waits for one, or was cancelled.
 */
public enum RegistrationStatus {
    CONFIRMED,
    OFFERED,
    WAITING,
    CANCELLED;

    /** Whether the registration counts in its type's taken places. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == OFFERED;
    }
}
