package org.association.membership.boundary;

import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;

/** Fired inside the transaction of a change to a member's standing (approve, reject, suspend, ...), with its reason. */
public record MemberActed(Member member, MemberAction action, String reason) {
}
