package org.association.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Lets each server's timer ask whether it is its turn. Every server of a deployment group fires the
 * same timer; the one whose update moves the job's last start forward runs the job, the others find
 * it started less than an interval ago and skip. The database serializes the competing updates, so
 * exactly one wins, whichever servers are up. A job's row comes from the migration that introduces
 * the job (see V7): servers starting together would race to insert it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledJobs {

    /** Lets a server that fires a little early still take its turn: timers drift by milliseconds, not tenths. */
    private static final double EARLY = 0.9;

    /** This server's name within its domain ("server" for a lone one). */
    private static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AssociationClock clock;

    /** True when this server is to run {@code job} now; then it is recorded as started here. */
    public boolean claim(String job, Duration interval) {
        // to the microsecond (what PostgreSQL keeps), not the second the clock gives pages: a timer may fire a little early
        LocalDateTime now = LocalDateTime.now(clock.zone()).truncatedTo(ChronoUnit.MICROS);
        return em.createQuery("update ScheduledJob j set j.lastStarted = :now, j.startedBy = :server, j.runs = j.runs + 1"
                        + " where j.name = :job and j.lastStarted <= :due")
                .setParameter("now", now)
                .setParameter("server", SERVER)
                .setParameter("job", job)
                .setParameter("due", now.minusNanos((long) (interval.toNanos() * EARLY)))
                .executeUpdate() == 1;
    }

    public Optional<ScheduledJob> find(String job) {
        return Optional.ofNullable(em.find(ScheduledJob.class, job));
    }
}
