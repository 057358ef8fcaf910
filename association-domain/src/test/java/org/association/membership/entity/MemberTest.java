package org.association.membership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.association.common.BusinessException;
import org.junit.jupiter.api.Test;

/** The member's standing: which action applies in which status, and what each one changes. */
class MemberTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    private final AtomicInteger numbersDrawn = new AtomicInteger();
    private final Supplier<String> numbers = () -> String.format("M%06d", numbersDrawn.incrementAndGet());

    @Test
    void approvingAnApplicantMakesItActiveWithTheNextNumberJoiningToday() {
        Member applicant = inStatus(MemberStatus.APPLICANT);

        applicant.act(MemberAction.APPROVE, TODAY, null, numbers);

        assertEquals(MemberStatus.ACTIVE, applicant.getStatus());
        assertEquals("M000001", applicant.getMemberNumber());
        assertEquals(TODAY, applicant.getJoinedOn());
    }

    @Test
    void approvalKeepsAJoiningDayStaffAlreadyKnew() {
        Member applicant = inStatus(MemberStatus.APPLICANT);
        applicant.setJoinedOn(LocalDate.of(2016, 5, 20));

        applicant.act(MemberAction.APPROVE, TODAY, null, numbers);

        assertEquals(LocalDate.of(2016, 5, 20), applicant.getJoinedOn());
    }

    @Test
    void eachActionLeadsFromItsStatusesToItsTarget() {
        assertEquals(MemberStatus.REJECTED, after(MemberStatus.APPLICANT, MemberAction.REJECT));
        assertEquals(MemberStatus.SUSPENDED, after(MemberStatus.ACTIVE, MemberAction.SUSPEND));
        assertEquals(MemberStatus.ACTIVE, after(MemberStatus.SUSPENDED, MemberAction.REINSTATE));
        assertEquals(MemberStatus.ACTIVE, after(MemberStatus.RESIGNED, MemberAction.REINSTATE));
        assertEquals(MemberStatus.RESIGNED, after(MemberStatus.ACTIVE, MemberAction.RESIGN));
        assertEquals(MemberStatus.RESIGNED, after(MemberStatus.SUSPENDED, MemberAction.RESIGN));
    }

    @Test
    void anActionIsRefusedInEveryOtherStatusAndChangesNothing() {
        for (MemberAction action : MemberAction.values()) {
            for (MemberStatus status : MemberStatus.values()) {
                if (action.appliesTo(status)) {
                    continue;
                }
                Member member = inStatus(status);
                BusinessException refused = assertThrows(BusinessException.class,
                        () -> member.act(action, TODAY, TODAY.plusYears(1), numbers), action + " in " + status);
                assertEquals("error.member.status", refused.getMessageKey());
                assertEquals(status, member.getStatus());
                assertNull(member.getPaidUpUntil());
            }
        }
        assertEquals(0, numbersDrawn.get(), "no number is drawn for a refused action");
    }

    @Test
    void renewingMovesThePaidUpDateForwardAndKeepsTheStatus() {
        Member suspended = inStatus(MemberStatus.SUSPENDED);
        suspended.setPaidUpUntil(LocalDate.of(2024, 12, 31));

        suspended.act(MemberAction.RENEW, TODAY, LocalDate.of(2025, 12, 31), numbers);

        assertEquals(LocalDate.of(2025, 12, 31), suspended.getPaidUpUntil());
        assertEquals(MemberStatus.SUSPENDED, suspended.getStatus());
    }

    @Test
    void renewingRefusesNoDateOrOneThatIsNotLater() {
        Member active = inStatus(MemberStatus.ACTIVE);
        active.setPaidUpUntil(LocalDate.of(2024, 12, 31));

        for (LocalDate until : new LocalDate[] {null, LocalDate.of(2024, 12, 31), LocalDate.of(2024, 6, 30)}) {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> active.act(MemberAction.RENEW, TODAY, until, numbers), String.valueOf(until));
            assertEquals("error.member.renewDate", refused.getMessageKey());
        }
        assertEquals(LocalDate.of(2024, 12, 31), active.getPaidUpUntil());
    }

    private MemberStatus after(MemberStatus status, MemberAction action) {
        Member member = inStatus(status);
        member.act(action, TODAY, null, numbers);
        return member.getStatus();
    }

    private static Member inStatus(MemberStatus status) {
        Member member = Member.individual("李明");
        member.setStatus(status);
        return member;
    }
}
