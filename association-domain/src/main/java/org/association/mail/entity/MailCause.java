package org.association.mail.entity;

/** Why a mail is sent; each cause has a template per language. */
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
    EVENT_PROMOTED
}
