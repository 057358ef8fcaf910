package org.association.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands committed changes on to whoever keeps derived state outside this module. CDI delivers an
 * event only to observers that the firing module can see, and the web module (the page cache) is
 * not one of them; it subscribes here instead.
 */
@ApplicationScoped
public class ContentChanges {

    private final List<Consumer<ContentChanged>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<ContentChanged> listener) {
        listeners.add(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        announce(change);
    }

    /** Tells the subscribers of a change outside any transaction: derived state that was rebuilt (the search index). */
    public void announce(ContentChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
