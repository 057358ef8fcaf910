package org.association.membership.entity;

public enum MemberKind {
    /** A physician. */
    INDIVIDUAL,
    /** A hospital, clinic or other medical institution. */
    INSTITUTION
}
