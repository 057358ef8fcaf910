package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferDeadlineTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);
    private static final Duration HOLD = Duration.ofHours(48);

    @Test
    void anOfferWaitsTheSettingsHoursWhenTheEventIsFarOff() {
        assertEquals(Optional.of(NOW.plusHours(48)), OfferDeadline.of(NOW, HOLD, NOW.plusDays(30)));
    }

    @Test
    void anOfferForASoonerEventWaitsHalfTheTimeLeft() {
        assertEquals(Optional.of(NOW.plusHours(10)), OfferDeadline.of(NOW, HOLD, NOW.plusHours(20)));
    }

    @Test
    void nothingIsOfferedOnceTheEventHasStarted() {
        assertTrue(OfferDeadline.of(NOW, HOLD, NOW).isEmpty());
        assertTrue(OfferDeadline.of(NOW, HOLD, NOW.minusHours(1)).isEmpty());
    }
}
