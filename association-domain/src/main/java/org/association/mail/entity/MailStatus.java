package org.association.mail.entity;

/** Where a mail of the outbox stands. A mail being sent is still QUEUED, with a lease held by the server sending it. */
public enum MailStatus {
    QUEUED,
    SENT,
    /** Refused for good: a 5xx answer, or too many attempts. */
    FAILED,
    CANCELLED
}
