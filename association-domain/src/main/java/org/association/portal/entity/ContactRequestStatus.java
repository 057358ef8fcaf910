package org.association.portal.entity;

/** A contact request waits for MEMBERSHIP staff, who approve it or reject it with a reason. */
public enum ContactRequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}
