package org.association.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.association.common.ScheduledJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs EventLifecycle every {@code association.events.interval-seconds} (default 300): lapsed offers pass on, the
 * reminders of the day before are queued. Every server has this timer and one of them runs each turn
 * (ScheduledJobs); its row comes from migration V18.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventSchedule {

    public static final String JOB = "event-lifecycle";

    private static final Logger LOG = Logger.getLogger(EventSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ScheduledJobs jobs;

    @Inject
    private EventLifecycle lifecycle;

    @Inject
    @ConfigProperty(name = "association.events.interval-seconds", defaultValue = "300")
    private long intervalSeconds;

    private Duration interval;

    @PostConstruct
    void start() {
        interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
    }

    @Timeout
    void run() {
        if (jobs.claim(JOB, interval)) {
            int done = lifecycle.run();
            if (done > 0) {
                LOG.info(() -> "Event lifecycle: " + done + " registration(s) passed on or reminded");
            }
        }
    }
}
