package org.association.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands every committed change to whatever keeps state derived from the database (the page cache,
 * the channel tree, the search index), whether the change was made on this server or, in a
 * deployment group, on another one. Those keepers subscribe here rather than observe the CDI event:
 * CDI delivers an event only to observers the firing module can see (not the web module), and never
 * one from another server.
 */
@ApplicationScoped
public class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class.getName());

    private final List<Consumer<ContentChanged>> listeners = new CopyOnWriteArrayList<>();

    @Inject
    private DataGridChanges grid;

    @PostConstruct
    void listenToOtherServers() {
        grid.listen(this::deliver);
    }

    /** Created with the application, so that other servers' changes are heard before anyone asks for this bean. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing to do: observing the event is what creates this bean
    }

    public void subscribe(Consumer<ContentChanged> listener) {
        listeners.add(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        deliver(change);
        grid.publish(change);
    }

    /**
     * Tells this server's subscribers of a change to derived state made outside any transaction (the search
     * index took or rebuilt articles, so the pages kept from it are stale); other servers keep their own.
     */
    public void announce(ContentChanged change) {
        deliver(change);
    }

    private void deliver(ContentChanged change) {
        for (Consumer<ContentChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // one keeper's failure must not keep the change from the others
                LOG.log(Level.WARNING, "Could not apply " + change + " to derived state", e);
            }
        }
    }
}
