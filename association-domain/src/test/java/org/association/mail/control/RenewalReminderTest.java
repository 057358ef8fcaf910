package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenewalReminderTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);

    @Test
    void eachReminderIsDueFromItsDayUntilTheNextOnes() {
        assertEquals(Optional.empty(), RenewalReminder.due(EXPIRY, EXPIRY.minusDays(31)));
        assertEquals(Optional.of(RenewalReminder.DAYS_30), RenewalReminder.due(EXPIRY, EXPIRY.minusDays(30)));
        assertEquals(Optional.of(RenewalReminder.DAYS_30), RenewalReminder.due(EXPIRY, EXPIRY.minusDays(8)),
                "a missed day is made up");
        assertEquals(Optional.of(RenewalReminder.DAYS_7), RenewalReminder.due(EXPIRY, EXPIRY.minusDays(7)));
        assertEquals(Optional.of(RenewalReminder.DAY_1), RenewalReminder.due(EXPIRY, EXPIRY.minusDays(1)));
        assertEquals(Optional.of(RenewalReminder.DAY_1), RenewalReminder.due(EXPIRY, EXPIRY));
        assertEquals(Optional.empty(), RenewalReminder.due(EXPIRY, EXPIRY.plusDays(13)));
        assertEquals(Optional.of(RenewalReminder.DAYS_14_AFTER), RenewalReminder.due(EXPIRY, EXPIRY.plusDays(14)));
        assertEquals(Optional.of(RenewalReminder.DAYS_14_AFTER), RenewalReminder.due(EXPIRY, EXPIRY.plusDays(20)));
        assertEquals(Optional.empty(), RenewalReminder.due(EXPIRY, EXPIRY.plusDays(21)), "not sent weeks late");
    }

    @Test
    void theKeyNamesMemberExpiryAndKindSoARenewalStartsANewSeries() {
        assertEquals("renewal:42:2027-06-30:DAYS_7", RenewalReminder.DAYS_7.key(42, EXPIRY));
        assertEquals("renewal:42:2028-06-30:DAYS_7", RenewalReminder.DAYS_7.key(42, EXPIRY.plusYears(1)));
    }
}
