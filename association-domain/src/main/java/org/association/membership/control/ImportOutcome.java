package org.association.membership.control;

/** What importing a row would do. */
public enum ImportOutcome {
    /** Create a member: the row matches no stored one. */
    NEW,
    /** Change the one stored member the row matches, in the fields listed. */
    UPDATE,
    /** Nothing: the row matches a stored member and agrees with it in every column of the file. */
    UNCHANGED,
    /** Nothing, and the user must be told why. */
    ERROR
}
