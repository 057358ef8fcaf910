package org.association.organization.entity;

import java.util.EnumSet;
import java.util.Set;

/** A post a member can hold in the association or in one of its departments. */
public enum Position {
    PRESIDENT,
    VICE_PRESIDENT,
    SECRETARY_GENERAL,
    HEAD,
    DEPUTY_HEAD,
    COMMITTEE_CHAIR,
    COUNCIL_MEMBER,
    STAFF;

    /** The posts that lead a department: a department has at most one current holder of these. */
    public static final Set<Position> HEADS = EnumSet.of(HEAD, COMMITTEE_CHAIR);

    /** The association's elected leadership, in the order the leadership page lists them. */
    public static final Set<Position> LEADERSHIP = EnumSet.of(PRESIDENT, VICE_PRESIDENT, SECRETARY_GENERAL);

    public boolean isHead() {
        return HEADS.contains(this);
    }
}
