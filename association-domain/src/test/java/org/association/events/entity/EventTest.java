package org.association.events.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 4, 17, 9, 0);

    private static Event published() {
        Event event = new Event("cardiology-2027", "心血管年会", "Cardiology meeting", START, START.plusHours(8));
        event.setStatus(EventStatus.PUBLISHED);
        return event;
    }

    @Test
    void aPublishedEventTakesRegistrationsUntilItStartsWhenNoCloseIsSet() {
        Event event = published();
        assertTrue(event.isOpenAt(START.minusDays(30)));
        assertTrue(event.isOpenAt(START.minusSeconds(1)));
        assertFalse(event.isOpenAt(START));
    }

    @Test
    void theRegistrationWindowBoundsIt() {
        Event event = published();
        event.setRegistrationOpens(START.minusDays(10));
        event.setRegistrationCloses(START.minusDays(2));
        assertFalse(event.isOpenAt(START.minusDays(10).minusSeconds(1)));
        assertTrue(event.isOpenAt(START.minusDays(10)));
        assertFalse(event.isOpenAt(START.minusDays(2)));
    }

    @Test
    void onlyAPublishedEventTakesRegistrations() {
        for (EventStatus status : EventStatus.values()) {
            Event event = published();
            event.setStatus(status);
            assertTrue(event.isOpenAt(START.minusDays(1)) == (status == EventStatus.PUBLISHED), status.name());
        }
    }

    @Test
    void anEventEndsAfterItStartsAndRegistrationClosesAfterItOpens() {
        Event event = published();
        assertTrue(event.isEndAfterStart());
        event.setEndsAt(START.minusMinutes(1));
        assertFalse(event.isEndAfterStart());
        event.setRegistrationOpens(START);
        event.setRegistrationCloses(START.minusDays(1));
        assertFalse(event.isRegistrationWindowInOrder());
    }
}
