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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled articles when their add-time comes, with nobody online: every
 * {@code association.publishing.interval-seconds} (default 30). Where several servers run it, each
 * article is still published once: the first server's save raises its version and the others' fail.
 * It starts after the schema migration, so its first run never meets a database without tables.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishingSchedule {

    private static final Logger LOG = Logger.getLogger(PublishingSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ArticleService articles;

    @Inject
    @ConfigProperty(name = "association.publishing.interval-seconds", defaultValue = "30")
    private long intervalSeconds;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("scheduled publishing", false));
    }

    @Timeout
    void publishDue() {
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
