package org.association.events.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.common.SecretToken;
import org.association.events.control.OfferDeadline;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The places of a registration type, counted in its row's TAKEN column. Everything that takes or gives back a
 * place first locks that row (an update the database holds until the transaction ends), so registrations and
 * cancellations of one type, on any server of a cluster, happen one after the other and the count stays exact.
 * Runs inside its callers' transactions.
 */
@Dependent
public class Places {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private EventMails mails;

    @Inject
    private AssociationClock clock;

    /** How long a freed place waits for the confirmation of the person it is offered to (OfferDeadline). */
    @Inject
    @ConfigProperty(name = "association.events.offer-hours", defaultValue = "48")
    private long offerHours;

    /** Locks the type's row until the transaction ends. */
    void lock(RegistrationType type) {
        em.createNativeQuery("UPDATE EVENT_REGISTRATION_TYPE SET TAKEN = TAKEN WHERE ID = ?1").setParameter(1, type.getId())
                .executeUpdate();
    }

    /**
     * Locks the rows of two types, the lower id first: two transactions that each need both (moves in opposite
     * directions) then wait for one another instead of deadlocking.
     */
    void lockBoth(RegistrationType one, RegistrationType other) {
        boolean oneFirst = one.getId() < other.getId();
        lock(oneFirst ? one : other);
        lock(oneFirst ? other : one);
    }

    /**
     * Cancels the registration under its type's lock; a place it held goes to the first on the type's waiting list,
     * who is told by mail. A cancelled registration stays as it is.
     */
    void cancel(Registration registration, LocalDateTime at, String reason) {
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return;
        }
        RegistrationType type = registration.getType();
        lock(type);
        // read again under the lock: the job passing lapsed offers on may have changed it meanwhile
        em.refresh(registration);
        boolean heldPlace = registration.getStatus().holdsPlace();
        store.change(registration, "cancelled", reason, changed -> changed.cancel(at));
        if (heldPlace) {
            giveBack(type);
            promoteWaiting(type);
        }
    }

    /** Takes a place of the (locked) type if one is free. */
    boolean take(RegistrationType type) {
        return em.createNativeQuery("UPDATE EVENT_REGISTRATION_TYPE SET TAKEN = TAKEN + 1 WHERE ID = ?1"
                + " AND (CAPACITY IS NULL OR TAKEN < CAPACITY)").setParameter(1, type.getId()).executeUpdate() == 1;
    }

    /** Gives a place of the (locked) type back. */
    void giveBack(RegistrationType type) {
        em.createNativeQuery("UPDATE EVENT_REGISTRATION_TYPE SET TAKEN = TAKEN - 1 WHERE ID = ?1 AND TAKEN > 0")
                .setParameter(1, type.getId()).executeUpdate();
    }

    /**
     * Offers the free places of the (locked) type to the waiting list, first come first: each offer holds its place
     * until its deadline, and its mail carries a new manage link (the old one's token was never stored), where the
     * person confirms. Nothing is offered once the event has started.
     */
    void promoteWaiting(RegistrationType type) {
        LocalDateTime now = clock.now();
        Optional<LocalDateTime> deadline = OfferDeadline.of(now, Duration.ofHours(Math.max(1, offerHours)),
                type.getEvent().getStartsAt());
        if (deadline.isEmpty()) {
            return;
        }
        Optional<Registration> next = firstWaiting(type);
        while (next.isPresent() && take(type)) {
            Registration promoted = next.get();
            String token = SecretToken.create();
            store.change(promoted, "offered", "a place became free", changed -> {
                changed.offer(deadline.get());
                changed.reissue(SecretToken.hash(token));
            });
            mails.promoted(promoted, token);
            next = firstWaiting(type);
        }
    }

    private Optional<Registration> firstWaiting(RegistrationType type) {
        return em.createQuery("select r from Registration r where r.type = :type and r.status = :waiting"
                        + " order by r.createdAt, r.id", Registration.class)
                .setParameter("type", type)
                .setParameter("waiting", RegistrationStatus.WAITING)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
