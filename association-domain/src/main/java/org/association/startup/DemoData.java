package org.association.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo content on the first start of an empty database when the setting
 * {@code association.demo-data} is true (run.sh sets it; a production domain leaves it off).
 * The load is one transaction that first claims its installation step, so it happens once, ever,
 * even when several servers start together.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "association.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private DemoDataLoader loader;

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        try {
            if (loader.loadIfNew()) {
                LOG.info("Demo data loaded into the new database");
            }
        } catch (EJBException e) {
            if (!loader.isLoaded()) {
                throw e;
            }
            // another server claimed the step a moment before us: its load stands, ours rolled back
            LOG.log(Level.INFO, "Demo data was loaded by another server at the same time", e);
        }
    }
}
