package org.association.membership.entity;

import java.util.Set;

/** What staff can do to a member's standing, each from some statuses to one. A reason is always required. */
public enum MemberAction {
    APPROVE(Set.of(MemberStatus.APPLICANT), MemberStatus.ACTIVE),
    REJECT(Set.of(MemberStatus.APPLICANT), MemberStatus.REJECTED),
    SUSPEND(Set.of(MemberStatus.ACTIVE), MemberStatus.SUSPENDED),
    REINSTATE(Set.of(MemberStatus.SUSPENDED, MemberStatus.RESIGNED), MemberStatus.ACTIVE),
    RESIGN(Set.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED), MemberStatus.RESIGNED),
    /** Dues paid: a new paid-up-until date; the status stays. */
    RENEW(Set.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED), null);

    private final Set<MemberStatus> from;
    private final MemberStatus to;

    MemberAction(Set<MemberStatus> from, MemberStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean appliesTo(MemberStatus status) {
        return from.contains(status);
    }

    /** The status after the action; null when it keeps the status. */
    public MemberStatus target() {
        return to;
    }
}
