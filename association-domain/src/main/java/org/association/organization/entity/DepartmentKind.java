package org.association.organization.entity;

public enum DepartmentKind {
    /** A department of the secretariat, e.g. the Comprehensive Department. */
    SECRETARIAT_DEPARTMENT,
    SPECIAL_COMMITTEE,
    /** The party branch. */
    BRANCH,
    /** An office or body such as the trade union. */
    OFFICE
}
