package org.association.account.entity;

/** What a staff account may do; the names are the security roles checked on every service method. */
public enum Role {
    /** Everything, including accounts. */
    ADMIN,
    /** Articles and channels. */
    EDITOR,
    /** Members, departments and appointments. */
    MEMBERSHIP,
    /** Events, their registrations, check-in and certificates. */
    EVENTS;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String MEMBERSHIP_NAME = "MEMBERSHIP";
    public static final String EVENTS_NAME = "EVENTS";
}
