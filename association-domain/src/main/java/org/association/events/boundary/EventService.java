package org.association.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.account.entity.Role;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/** Staff's side of events: create, edit and publish them with their registration types; read the registrations. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class EventService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Places places;

    /** Every event, the latest first. */
    public List<Event> all() {
        return em.createQuery("select e from Event e left join fetch e.organiser order by e.startsAt desc, e.id", Event.class)
                .getResultList();
    }

    public Event find(long id) {
        Event event = store.find(Event.class, id);
        if (event.getOrganiser() != null) {
            // read while the record is managed: the editor shows the organiser after the transaction
            event.getOrganiser().getNameZh();
        }
        return event;
    }

    public Event create(Event event, String reason) {
        refuseTakenSlug(event);
        return store.create(event, reason);
    }

    public Event update(Event edited, String reason) {
        refuseTakenSlug(edited);
        return store.update(edited, reason);
    }

    /** Publishes, closes registration, cancels, finishes, or takes back to draft. */
    public Event setStatus(long id, int version, EventStatus status, String reason) {
        Event event = store.findCurrent(Event.class, id, version);
        return store.change(event, status.name().toLowerCase(Locale.ROOT), reason, changed -> changed.setStatus(status));
    }

    public RegistrationType addType(RegistrationType type, String reason) {
        return store.create(type, reason);
    }

    /** Saves a type; a capacity raised gives its new places to the waiting list at once. */
    public RegistrationType updateType(RegistrationType edited, String reason) {
        RegistrationType saved = store.update(edited, reason);
        places.lock(saved);
        places.promoteWaiting(saved);
        em.refresh(saved);
        return saved;
    }

    /** The event's registrations, oldest first, of one status and type when they are given. */
    public List<Registration> registrations(long eventId, RegistrationStatus status, Long typeId) {
        TypedQuery<Registration> query = em.createQuery("select r from Registration r join fetch r.type where r.event.id = :event"
                + (status == null ? "" : " and r.status = :status") + (typeId == null ? "" : " and r.type.id = :type")
                + " order by r.createdAt, r.id", Registration.class).setParameter("event", eventId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (typeId != null) {
            query.setParameter("type", typeId);
        }
        return query.getResultList();
    }

    /** How many wait for a place, per type id. */
    public Map<Long, Long> waitingPerType(long eventId) {
        Map<Long, Long> waiting = new HashMap<>();
        em.createQuery("select r.type.id, count(r) from Registration r where r.event.id = :event and r.status = :waiting"
                        + " group by r.type.id", Object[].class)
                .setParameter("event", eventId).setParameter("waiting", RegistrationStatus.WAITING).getResultList()
                .forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        return waiting;
    }

    private void refuseTakenSlug(Event event) {
        em.createQuery("select e.id from Event e where e.slug = :slug", Long.class).setParameter("slug", event.getSlug())
                .getResultStream().filter(id -> !id.equals(event.getId())).findFirst().ifPresent(id -> {
                    throw new DuplicateEntityException("slug", event.getSlug());
                });
    }
}
