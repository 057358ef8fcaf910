package org.association.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the JVM spends more than half of its time collecting garbage: that is what a heap
 * too small for what it holds looks like, a server that only gets slower, and restarting it is the
 * cure. The heap's occupancy after a collection is no such sign: after a young collection it still
 * counts the old generation's garbage, so a healthy server can show 90 % there until its next
 * concurrent cycle. The database is not asked here on purpose: when it is down, restarting healthy
 * servers would not bring it back; readiness takes them out of service meanwhile.
 */
@Liveness
@ApplicationScoped
public class MemoryHealthCheck implements HealthCheck {

    static final String NAME = "memory";

    // The first window runs from the JVM's start, when no time had gone to collections yet.
    private final CollectionTimeShare collectionTime = new CollectionTimeShare(
            System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(ManagementFactory.getRuntimeMXBean().getUptime()), 0);

    @Override
    public HealthCheckResponse call() {
        boolean collectingMostOfTheTime = collectionTime.overLimit(System.nanoTime(), collectionMillis());
        return collectingMostOfTheTime ? HealthCheckResponse.down(NAME) : HealthCheckResponse.up(NAME);
    }

    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime()); // -1 when a collector does not tell
        }
        return total;
    }
}
