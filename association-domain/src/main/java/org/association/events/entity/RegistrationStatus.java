package org.association.events.entity;

/** A registration holds a place, waits for one, or was cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
