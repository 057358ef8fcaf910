package org.association.membership.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** The restrictions in force, as the audit log of an export shows them: "status=ACTIVE lapsed", or "all". */
    public String describe() {
        Map<String, Object> restrictions = new LinkedHashMap<>();
        restrictions.put("text", text == null || text.isBlank() ? null : text.strip());
        restrictions.put("kind", kind);
        restrictions.put("status", status);
        restrictions.put("department", departmentId);
        restrictions.put("paidUpFrom", paidUpFrom);
        restrictions.put("paidUpTo", paidUpTo);
        String described = restrictions.entrySet().stream().filter(restriction -> restriction.getValue() != null)
                .map(restriction -> restriction.getKey() + "=" + restriction.getValue())
                .collect(Collectors.joining(" "));
        described = lapsed ? (described + " lapsed").strip() : described;
        return described.isEmpty() ? "all" : described;
    }
}
