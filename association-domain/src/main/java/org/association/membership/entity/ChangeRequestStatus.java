package org.association.membership.entity;

/** Where a member's change request stands: pending until staff approve or reject it, or the member withdraws it. */
public enum ChangeRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
