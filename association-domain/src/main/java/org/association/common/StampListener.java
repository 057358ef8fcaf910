package org.association.common;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Records who created and last changed a record, and when, without each service having to remember. */
public class StampListener {

    @Inject
    private CurrentActor actor;

    @Inject
    private AssociationClock clock;

    @PrePersist
    void created(VersionedEntity entity) {
        entity.stampCreated(actor.name(), clock.now());
    }

    @PreUpdate
    void updated(VersionedEntity entity) {
        entity.stampUpdated(actor.name(), clock.now());
    }
}
