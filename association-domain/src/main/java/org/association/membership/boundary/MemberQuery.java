package org.association.membership.boundary;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.association.common.Like;
import org.association.membership.entity.MemberStatus;

/**
 * The JPQL for a member filter, shared by the table and the export. Text finds members by the start
 * of their number, name or English name, so that an index can answer it.
 */
record MemberQuery(String where, Map<String, Object> parameters) {

    /** Columns the table sorts by, and the JPQL path of each. */
    private static final Map<String, String> SORTABLE = Map.of("memberNumber", "m.memberNumber", "name", "m.name",
            "kind", "m.kind", "status", "m.status", "joinedOn", "m.joinedOn", "paidUpUntil", "m.paidUpUntil", "employer",
            "m.employer");

    static MemberQuery of(MemberFilter filter, LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String prefix = filter.text().strip();
            where.append(" and ").append(textMatch(prefix));
            parameters.put("prefix", Like.prefix(prefix));
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.lapsed()) {
            where.append(" and m.status = :active and m.paidUpUntil < :today");
            parameters.put("active", MemberStatus.ACTIVE);
            parameters.put("today", today);
        } else if (filter.status() != null) {
            where.append(" and m.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.departmentId() != null) {
            where.append(" and exists (select a.id from Appointment a where a.member = m and a.department.id = :department"
                    + " and a.startOn <= :day and (a.endOn is null or a.endOn >= :day))");
            parameters.put("department", filter.departmentId());
            parameters.put("day", today);
        }
        if (filter.paidUpFrom() != null) {
            where.append(" and m.paidUpUntil >= :paidFrom");
            parameters.put("paidFrom", filter.paidUpFrom());
        }
        if (filter.paidUpTo() != null) {
            where.append(" and m.paidUpUntil <= :paidTo");
            parameters.put("paidTo", filter.paidUpTo());
        }
        return new MemberQuery(where.toString(), parameters);
    }

    /**
     * A text with Chinese characters is looked for among the names alone (numbers and English names have none): the
     * name index answers it, where an "or" over three columns would read every member.
     */
    private static String textMatch(String prefix) {
        String name = "m.name like :prefix" + Like.ESCAPE;
        if (prefix.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return name;
        }
        return "(m.memberNumber like :prefix" + Like.ESCAPE + " or " + name + " or m.nameEn like :prefix" + Like.ESCAPE + ")";
    }

    static String order(String sortField, boolean ascending) {
        return (sortField == null ? "m.memberNumber" : SORTABLE.getOrDefault(sortField, "m.memberNumber"))
                + (ascending ? " asc" : " desc") + ", m.id" + (ascending ? " asc" : " desc");
    }

    void bind(Query query) {
        parameters.forEach(query::setParameter);
    }
}
