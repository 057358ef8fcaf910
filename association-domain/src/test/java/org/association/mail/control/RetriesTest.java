package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 9, 0);

    @Test
    void waitsLongerAfterEachFailureUpToFourHours() {
        assertEquals(NOW.plusMinutes(1), Retries.next(1, false, NOW));
        assertEquals(NOW.plusMinutes(2), Retries.next(2, false, NOW));
        assertEquals(NOW.plusMinutes(16), Retries.next(5, false, NOW));
        assertEquals(NOW.plusHours(4), Retries.next(9, false, NOW));
    }

    @Test
    void givesUpOnAPermanentRefusalOrAfterTheLastAttempt() {
        assertNull(Retries.next(1, true, NOW));
        assertNull(Retries.next(Retries.MAX_ATTEMPTS, false, NOW));
    }

    @Test
    void theThrottleLeavesWhatTheLastMinuteDidNotUse() {
        assertEquals(20, Retries.budget(60, 40, 500));
        assertEquals(0, Retries.budget(60, 75, 500));
        assertEquals(500, Retries.budget(0, 10_000, 500), "no limit");
        assertEquals(500, Retries.budget(100_000, 0, 500), "at most a batch per run");
    }
}
