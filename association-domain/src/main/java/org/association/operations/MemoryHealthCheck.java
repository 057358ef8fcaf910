package org.association.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the heap still has room after garbage collection: below 90 % of its maximum in every
 * pool right after the last collection. A server past that only gets slower, and restarting it is
 * the cure. The database is not asked here on purpose: when it is down, restarting healthy servers
 * would not bring it back; readiness takes them out of service meanwhile.
 */
@Liveness
@ApplicationScoped
public class MemoryHealthCheck implements HealthCheck {

    static final String NAME = "memory";
    static final double MAX_USED_AFTER_COLLECTION = 0.9;

    @Override
    public HealthCheckResponse call() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null && afterCollection.getMax() > 0
                    && afterCollection.getUsed() > MAX_USED_AFTER_COLLECTION * afterCollection.getMax()) {
                return HealthCheckResponse.down(NAME);
            }
        }
        return HealthCheckResponse.up(NAME);
    }
}
