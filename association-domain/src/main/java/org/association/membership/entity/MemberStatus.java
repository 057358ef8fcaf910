package org.association.membership.entity;

/**
 * Where a member stands. "Lapsed" is not a status: it is derived from {@code paidUpUntil} when a page
 * asks, so no timer has to flip it.
 */
public enum MemberStatus {
    APPLICANT,
    ACTIVE,
    SUSPENDED,
    RESIGNED,
    /** An application that staff turned down. */
    REJECTED
}
