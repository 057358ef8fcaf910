package org.association.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time as the association sees it. All timestamps are stored as local date-times in the association's
 * zone (setting {@code association.timezone}, default Asia/Shanghai), so an add-time reads the same on
 * the page as in the database.
 */
@ApplicationScoped
public class AssociationClock {

    private Clock clock;

    protected AssociationClock() {
        // for the CDI proxy
    }

    @Inject
    public AssociationClock(@ConfigProperty(name = "association.timezone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    /** Time from now on runs {@code offset} ahead of (or, negative, behind) the system's. */
    public void adjust(Duration offset) {
        clock = Clock.offset(Clock.system(clock.getZone()), offset);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
