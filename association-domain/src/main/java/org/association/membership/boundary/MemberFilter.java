package org.association.membership.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/**
 * What the staff's member table is filtered by; null fields do not restrict. {@code text} finds members
 * whose number, name or English name starts with it; {@code lapsed} (with ACTIVE) those whose dues ran out.
 */
public record MemberFilter(String text, MemberKind kind, MemberStatus status, boolean lapsed, Long departmentId,
        LocalDate paidUpFrom, LocalDate paidUpTo) implements Serializable {

    public static final MemberFilter ALL = new MemberFilter(null, null, null, false, null, null, null);

    public static MemberFilter status(MemberStatus status) {
        return new MemberFilter(null, null, status, false, null, null, null);
    }
}
