package org.association.mail.entity;

/** Why a mail is sent; each cause but a notice has a template per language. */
public enum MailCause {
    APPLICATION_RECEIVED,
    APPLICATION_TO_STAFF,
    APPROVED,
    REJECTED,
    SUSPENDED,
    REINSTATED,
    RESIGNED,
    RENEWAL_30_DAYS,
    RENEWAL_7_DAYS,
    RENEWAL_1_DAY,
    RENEWAL_14_DAYS_AFTER,
    DIGEST,
    TEST,
    EVENT_CONFIRMED,
    EVENT_WAITING,
    EVENT_PROMOTED,
    EVENT_CERTIFICATE,
    EVENT_REMINDER,
    EVENT_CANCELLED,
    MEMBER_SIGN_IN,
    CHANGE_REQUEST_APPROVED,
    CHANGE_REQUEST_REJECTED,
    CONTACT_REQUEST_APPROVED,
    CONTACT_REQUEST_REJECTED,
    /** A notice to a segment: written by staff, not from a template. */
    NOTICE;

    /** Whether mails of this cause are written from a template (every one but a notice). */
    public boolean isTemplated() {
        return this != NOTICE;
    }
}
