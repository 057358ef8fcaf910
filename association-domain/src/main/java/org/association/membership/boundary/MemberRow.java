package org.association.membership.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/** A line of the staff's member table: what it shows, read in one query. */
public record MemberRow(long id, String memberNumber, MemberKind kind, MemberStatus status, String name, String nameEn,
        String employer, LocalDate joinedOn, LocalDate paidUpUntil, int version) implements Serializable {

    public boolean isLapsed(LocalDate today) {
        return status == MemberStatus.ACTIVE && paidUpUntil != null && paidUpUntil.isBefore(today);
    }
}
