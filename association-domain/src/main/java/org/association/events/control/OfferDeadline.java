package org.association.events.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How long a place freed on a full type waits for the confirmation of the person it is offered to: the setting's
 * hours, but never more than half the time left before the event starts, so that a lapsed offer can still pass on.
 */
public final class OfferDeadline {

    private OfferDeadline() {
    }

    /** The deadline of an offer made now; none once the event has started (a place is no longer offered then). */
    public static Optional<LocalDateTime> of(LocalDateTime now, Duration hold, LocalDateTime startsAt) {
        if (!now.isBefore(startsAt)) {
            return Optional.empty();
        }
        LocalDateTime half = now.plus(Duration.between(now, startsAt).dividedBy(2));
        LocalDateTime full = now.plus(hold);
        return Optional.of(full.isBefore(half) ? full : half);
    }
}
