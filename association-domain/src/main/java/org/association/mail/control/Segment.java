package org.association.mail.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.common.Like;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/**
 * Which members a notice goes to: each condition that is set narrows the segment (null: any). Always only members
 * with an address who take notices and whose address no mail server refused ({@link #takesNotices}); service
 * notifications do not ask this.
 *
 * @param departmentId members holding a current appointment in that department or committee
 * @param specialty members whose specialty contains this text
 * @param dueWithinDays members whose paid-up-until lies from today to that many days ahead
 */
public record Segment(MemberKind kind, MemberStatus status, Long departmentId, String specialty, InstitutionType institutionType,
        Integer dueWithinDays) {

    /**
     * Whether a member of the segment gets notices: they have an address, did not decline (no mail settings yet: they
     * did not), and no mail server refused that address for good.
     */
    public static boolean takesNotices(String address, Boolean notices, String failingAddress) {
        return address != null && !Boolean.FALSE.equals(notices) && !address.equalsIgnoreCase(failingAddress);
    }

    /** The JPQL condition on the member {@code m} (but their consent, see {@link #takesNotices}), and its parameters. */
    public record Condition(String jpql, Map<String, Object> parameters) {
    }

    public Condition condition(LocalDate today) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.add("m.email is not null");
        if (kind != null) {
            where.add("m.kind = :kind");
            parameters.put("kind", kind);
        }
        if (status != null) {
            where.add("m.status = :status");
            parameters.put("status", status);
        }
        if (departmentId != null) {
            where.add("exists (select a.id from Appointment a where a.member = m and a.department.id = :department"
                    + " and a.startOn <= :today and (a.endOn is null or a.endOn >= :today))");
            parameters.put("department", departmentId);
            parameters.put("today", today);
        }
        if (specialty != null && !specialty.isBlank()) {
            where.add("lower(m.specialty) like :specialty" + Like.ESCAPE);
            parameters.put("specialty", Like.containing(specialty.strip().toLowerCase(Locale.ROOT)));
        }
        if (institutionType != null) {
            where.add("m.institutionType = :institutionType");
            parameters.put("institutionType", institutionType);
        }
        if (dueWithinDays != null) {
            where.add("m.paidUpUntil >= :dueFrom and m.paidUpUntil <= :dueBy");
            parameters.put("dueFrom", today);
            parameters.put("dueBy", today.plusDays(dueWithinDays));
        }
        return new Condition(String.join(" and ", where), parameters);
    }
}
