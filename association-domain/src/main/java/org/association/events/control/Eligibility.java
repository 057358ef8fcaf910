package org.association.events.control;

import java.time.LocalDate;
import org.association.membership.entity.MemberStatus;

/** Who may take a members-only registration type: an active member whose dues are paid up to the event's day. */
public final class Eligibility {

    private Eligibility() {
    }

    public static boolean isMemberInGoodStanding(MemberStatus status, LocalDate paidUpUntil, LocalDate eventDay) {
        return status == MemberStatus.ACTIVE && paidUpUntil != null && !paidUpUntil.isBefore(eventDay);
    }
}
