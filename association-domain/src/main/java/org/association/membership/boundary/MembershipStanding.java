package org.association.membership.boundary;

import org.association.membership.entity.MemberKind;

/**
 * What the public verification page of a membership certificate tells: whose it is and whether the membership is
 * current today (active, paid-up-until not passed). Never contact data.
 */
public record MembershipStanding(String name, String nameEn, String memberNumber, MemberKind kind, boolean current) {
}
