package org.association.common;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells the other servers of a deployment group about committed changes, and hears theirs, over a
 * topic of Payara's data grid (Hazelcast, at its documented JNDI name). Messages are plain strings
 * ({@link ContentChanged#text()}), so no class of this application has to be known to the grid. A server without the
 * grid keeps its changes to itself, which is all a single server needs.
 */
@ApplicationScoped
class DataGridChanges {

    static final String TOPIC = "association-content-changes";

    private static final Logger LOG = Logger.getLogger(DataGridChanges.class.getName());
    private static final String HAZELCAST = "payara/Hazelcast";

    @Resource
    private ContextService context;

    private ITopic<String> topic;
    private UUID registration;

    /** Starts hearing the other servers' changes; each goes to {@code receiver} with this application's context. */
    void listen(Consumer<ContentChanged> receiver) {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup(HAZELCAST);
            topic = grid.getTopic(TOPIC);
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.INFO, "No data grid at " + HAZELCAST + ": changes are not shared with other servers", e);
            return;
        }
        // the grid calls back on its own threads; the proxy gives them this application's naming and class loader
        @SuppressWarnings("unchecked")
        MessageListener<String> listener = context.createContextualProxy((MessageListener<String>) message -> received(message,
                receiver),
                MessageListener.class);
        registration = topic.addMessageListener(listener);
    }

    void publish(ContentChanged change) {
        if (topic != null) {
            topic.publish(change.text());
        }
    }

    @PreDestroy
    void stop() {
        if (registration != null) {
            topic.removeMessageListener(registration);
        }
    }

    private static void received(Message<String> message, Consumer<ContentChanged> receiver) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return; // this server has already acted on its own change
        }
        receiver.accept(ContentChanged.parse(message.getMessageObject()));
    }
}
