package org.association.web.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.association.membership.boundary.MemberFilter;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/** The member filter as the table and its export take it: the status choice includes the derived "lapsed". */
final class MemberFilters {

    static final String LAPSED = "LAPSED";

    /** The status filter's choices: the stored statuses, then "lapsed". */
    static final List<String> STATUSES;

    static {
        List<String> statuses = new ArrayList<>();
        for (MemberStatus status : MemberStatus.values()) {
            statuses.add(status.name());
        }
        statuses.add(LAPSED);
        STATUSES = List.copyOf(statuses);
    }

    private MemberFilters() {
    }

    static MemberFilter of(String text, MemberKind kind, String status, Long departmentId, LocalDate paidUpFrom,
            LocalDate paidUpTo) {
        boolean lapsed = LAPSED.equals(status);
        MemberStatus stored = status == null || lapsed || !STATUSES.contains(status) ? null : MemberStatus.valueOf(status);
        return new MemberFilter(text, kind, stored, lapsed, departmentId, paidUpFrom, paidUpTo);
    }
}
