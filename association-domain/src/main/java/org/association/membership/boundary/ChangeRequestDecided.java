package org.association.membership.boundary;

import org.association.membership.entity.MemberChangeRequest;

/** Staff approved or rejected a member's change request (fired inside the decision's transaction, for its mail). */
public record ChangeRequestDecided(MemberChangeRequest request) {
}
