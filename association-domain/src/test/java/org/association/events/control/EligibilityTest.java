package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.association.membership.entity.MemberStatus;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate EVENT_DAY = LocalDate.of(2027, 4, 17);

    @Test
    void anActiveMemberPaidUpToTheEventsDayMayTakeAMembersType() {
        assertTrue(Eligibility.isMemberInGoodStanding(MemberStatus.ACTIVE, EVENT_DAY, EVENT_DAY));
        assertTrue(Eligibility.isMemberInGoodStanding(MemberStatus.ACTIVE, EVENT_DAY.plusYears(1), EVENT_DAY));
    }

    @Test
    void duesRunningOutBeforeTheEventOrAnotherStandingDoNot() {
        assertFalse(Eligibility.isMemberInGoodStanding(MemberStatus.ACTIVE, EVENT_DAY.minusDays(1), EVENT_DAY));
        assertFalse(Eligibility.isMemberInGoodStanding(MemberStatus.ACTIVE, null, EVENT_DAY));
        for (MemberStatus status : MemberStatus.values()) {
            if (status != MemberStatus.ACTIVE) {
                assertFalse(Eligibility.isMemberInGoodStanding(status, EVENT_DAY.plusYears(1), EVENT_DAY), status.name());
            }
        }
    }
}
