package org.association.dues.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.association.dues.entity.FeeRate;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberKind;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    private static final FeeRate INDIVIDUAL_2024 = rate(MemberKind.INDIVIDUAL, null, "200.00", "2024-01-01");
    private static final FeeRate INDIVIDUAL_2026 = rate(MemberKind.INDIVIDUAL, null, "300.00", "2026-01-01");
    private static final FeeRate INSTITUTION_2024 = rate(MemberKind.INSTITUTION, null, "2000.00", "2024-01-01");
    private static final FeeRate HOSPITAL_2025 = rate(MemberKind.INSTITUTION, InstitutionType.GENERAL_HOSPITAL, "5000.00",
            "2025-01-01");
    private static final FeeSchedule SCHEDULE = new FeeSchedule(List.of(INDIVIDUAL_2026, INDIVIDUAL_2024, INSTITUTION_2024,
            HOSPITAL_2025));

    @Test
    void theRateInForceOnThePeriodsFirstDayApplies() {
        assertEquals(INDIVIDUAL_2024, price(MemberKind.INDIVIDUAL, null, "2025-12-31"));
        assertEquals(INDIVIDUAL_2026, price(MemberKind.INDIVIDUAL, null, "2026-01-01"));
        assertEquals(INDIVIDUAL_2026, price(MemberKind.INDIVIDUAL, null, "2030-07-01"));
        assertTrue(SCHEDULE.rateFor(MemberKind.INDIVIDUAL, null, LocalDate.parse("2023-12-31")).isEmpty(), "none yet");
    }

    @Test
    void anInstitutionTypesOwnRateWinsOverTheGeneralOneOnceInForce() {
        assertEquals(INSTITUTION_2024, price(MemberKind.INSTITUTION, InstitutionType.GENERAL_HOSPITAL, "2024-06-01"));
        assertEquals(HOSPITAL_2025, price(MemberKind.INSTITUTION, InstitutionType.GENERAL_HOSPITAL, "2025-01-01"));
        assertEquals(INSTITUTION_2024, price(MemberKind.INSTITUTION, InstitutionType.CLINIC, "2025-01-01"));
    }

    @Test
    void aPeriodOfTwelveMonthsEndsTheDayBeforeTheNextOneStarts() {
        assertEquals(LocalDate.parse("2026-12-31"), FeeSchedule.periodEnd(LocalDate.parse("2026-01-01"), 12));
        assertEquals(LocalDate.parse("2027-06-30"), FeeSchedule.periodEnd(LocalDate.parse("2026-07-01"), 12));
        assertEquals(LocalDate.parse("2026-03-31"), FeeSchedule.periodEnd(LocalDate.parse("2026-01-01"), 3));
    }

    private static FeeRate price(MemberKind kind, InstitutionType type, String day) {
        return SCHEDULE.rateFor(kind, type, LocalDate.parse(day)).orElseThrow();
    }

    private static FeeRate rate(MemberKind kind, InstitutionType type, String amount, String from) {
        return new FeeRate(kind, type, new BigDecimal(amount), 12, LocalDate.parse(from));
    }
}
