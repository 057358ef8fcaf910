package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.junit.jupiter.api.Test;

class SegmentTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final String ALWAYS = "m.email is not null";

    @Test
    void anEmptySegmentIsEveryMemberWithAnAddressWhoTakesNotices() {
        Segment.Condition all = new Segment(null, null, null, " ", null, null).condition(TODAY);
        assertEquals(ALWAYS, all.jpql());
        assertEquals(Map.of(), all.parameters());
    }

    @Test
    void onlyMembersWithAnAddressWhoDidNotDeclineAndWhoseAddressWasNotRefusedTakeNotices() {
        assertTrue(Segment.takesNotices("a@example.org", null, null), "no mail settings yet: consenting");
        assertTrue(Segment.takesNotices("a@example.org", true, "old@example.org"), "an old address was refused");
        assertFalse(Segment.takesNotices("a@example.org", false, null));
        assertFalse(Segment.takesNotices("A@example.org", true, "a@EXAMPLE.org"));
        assertFalse(Segment.takesNotices(null, true, null));
    }

    @Test
    void eachConditionSetNarrowsTheSegment() {
        Segment.Condition condition = new Segment(MemberKind.INSTITUTION, MemberStatus.ACTIVE, 42L, " 儿科 ",
                InstitutionType.CLINIC, 30).condition(TODAY);
        assertTrue(condition.jpql().startsWith(ALWAYS + " and m.kind = :kind and m.status = :status and exists ("),
                condition.jpql());
        assertTrue(condition.jpql().contains("a.department.id = :department and a.startOn <= :today"
                + " and (a.endOn is null or a.endOn >= :today)"), condition.jpql());
        assertTrue(condition.jpql().endsWith("lower(m.specialty) like :specialty escape '\\' and m.institutionType ="
                + " :institutionType and m.paidUpUntil >= :dueFrom and m.paidUpUntil <= :dueBy"), condition.jpql());
        assertEquals(MemberKind.INSTITUTION, condition.parameters().get("kind"));
        assertEquals(MemberStatus.ACTIVE, condition.parameters().get("status"));
        assertEquals(42L, condition.parameters().get("department"));
        assertEquals("%儿科%", condition.parameters().get("specialty"));
        assertEquals(InstitutionType.CLINIC, condition.parameters().get("institutionType"));
        assertEquals(TODAY, condition.parameters().get("dueFrom"));
        assertEquals(LocalDate.of(2027, 3, 31), condition.parameters().get("dueBy"));
    }

    @Test
    void aSpecialtyWithWildcardsIsMatchedLiterally() {
        assertEquals("%50\\%\\_%", new Segment(null, null, null, "50%_", null, null).condition(TODAY).parameters()
                .get("specialty"));
    }
}
