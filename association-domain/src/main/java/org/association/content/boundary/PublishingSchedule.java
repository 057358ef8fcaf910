package org.association.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.association.common.ScheduledJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled articles when their add-time comes, with nobody online: every
 * {@code association.publishing.interval-seconds} (default 30). Every server of a deployment group
 * has this timer, and one of them runs it each time (see ScheduledJobs); should two ever overlap, an
 * article is still published once, because the second save finds its version raised and fails.
 * It starts after the schema migration, so its first run never meets a database without tables.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishingSchedule {

    /** Its name in ScheduledJobs; its row comes from migration V7. */
    public static final String JOB = "publishing";

    private static final Logger LOG = Logger.getLogger(PublishingSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ArticleService articles;

    @Inject
    private ScheduledJobs jobs;

    @Inject
    @ConfigProperty(name = "association.publishing.interval-seconds", defaultValue = "30")
    private long intervalSeconds;

    private Duration interval;

    @PostConstruct
    void start() {
        interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("scheduled publishing", false));
    }

    @Timeout
    void publishDue() {
        if (!jobs.claim(JOB, interval)) {
            return;
        }
        try {
            int published = articles.publishDue();
            if (published > 0) {
                LOG.info(() -> "Published " + published + " scheduled article(s)");
            }
        } catch (EJBException e) {
            // most likely another server published the same articles a moment earlier
            LOG.log(Level.FINE, "Scheduled publishing gave way to a concurrent change", e);
        }
    }
}
