package org.association.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.events.control.CopySlug;
import org.association.events.entity.CmeCategory;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/**
 * Staff's side of events: create, edit, publish, copy and cancel them with their registration types; read the
 * registrations; confirm attendance (which awards CME credits) and read a member's credits per year.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, Role.EVENTS_NAME})
public class EventService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Places places;

    @Inject
    private EventMails mails;

    @Inject
    private AssociationClock clock;

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

    /** Saves the event; it is cancelled only by {@link #cancel}, which tells everyone registered. */
    public Event update(Event edited, String reason) {
        refuseTakenSlug(edited);
        refuseCancelling(edited.getId(), edited.getStatus());
        return store.update(edited, reason);
    }

    /** Publishes, closes registration, finishes, or takes back to draft. */
    public Event setStatus(long id, int version, EventStatus status, String reason) {
        Event event = store.findCurrent(Event.class, id, version);
        refuseCancelling(id, status);
        return store.change(event, status.name().toLowerCase(Locale.ROOT), reason, changed -> changed.setStatus(status));
    }

    /**
     * The association cancels the event: registration closes, and every registration still standing (confirmed, offered
     * or waiting) is cancelled, its place given back, and told by mail with the reason, which the event's page shows
     * too. Answers how many registrations were told.
     */
    public int cancel(long id, int version, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("error.event.cancelReason");
        }
        Event event = store.findCurrent(Event.class, id, version);
        if (event.getStatus() == EventStatus.CANCELLED) {
            return 0;
        }
        store.change(event, "cancelled", why, changed -> changed.cancel(why));
        LocalDateTime now = clock.now();
        int told = 0;
        for (RegistrationType type : em.createQuery("select t from RegistrationType t where t.event = :event order by t.id",
                RegistrationType.class).setParameter("event", event).getResultList()) {
            places.lock(type);
            for (Registration registration : em.createQuery("select r from Registration r where r.type = :type"
                    + " and r.status <> :cancelled order by r.id", Registration.class)
                    .setParameter("type", type).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList()) {
                boolean heldPlace = registration.getStatus().holdsPlace();
                store.change(registration, "event cancelled", why, changed -> changed.cancel(now));
                if (heldPlace) {
                    places.giveBack(type);
                }
                mails.cancelledByAssociation(registration, why);
                told++;
            }
        }
        return told;
    }

    /**
     * A new draft copy of the event with its registration types (no place taken), under a free address made from its
     * own; its dates are kept for staff to change.
     */
    public Event copy(long id, String reason) {
        Event original = store.find(Event.class, id);
        String slug = CopySlug.suggest(original.getSlug(), Event.SLUG_MAX, candidate -> !em.createQuery(
                "select e.id from Event e where e.slug = :slug", Long.class).setParameter("slug", candidate).setMaxResults(1)
                .getResultList().isEmpty());
        Event copy = store.create(original.copyAs(slug), reason);
        em.createQuery("select t from RegistrationType t where t.event = :event order by t.position, t.id",
                        RegistrationType.class).setParameter("event", original).getResultList()
                .forEach(type -> store.create(type.copyFor(copy), reason));
        return copy;
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

    /** Staff confirm (or take back) that the person attended, which awards (or takes back) the event's credits. */
    public Registration attend(long registrationId, boolean attended, String reason) {
        Registration registration = store.find(Registration.class, registrationId);
        return store.change(registration, attended ? "attended" : "not attended", reason,
                changed -> changed.attend(attended));
    }

    /** The member's CME credits per year and category, of the events they attended with a certificate; latest first. */
    public List<CmeCredits> creditsPerYear(long memberId) {
        Map<Integer, Map<CmeCategory, BigDecimal>> sums = new TreeMap<>(Comparator.reverseOrder());
        em.createQuery("select r.event.startsAt, r.cmeCategory, r.cmePoints from Registration r where r.member.id = :member"
                        + " and r.attended = true and r.certificateCode is not null and r.cmePoints is not null",
                        Object[].class)
                .setParameter("member", memberId).getResultList()
                .forEach(row -> sums.computeIfAbsent(((LocalDateTime) row[0]).getYear(), year -> new EnumMap<>(CmeCategory.class))
                        .merge((CmeCategory) row[1], (BigDecimal) row[2], BigDecimal::add));
        List<CmeCredits> credits = new ArrayList<>();
        sums.forEach((year, perCategory) -> perCategory.forEach((category, points) ->
                credits.add(new CmeCredits(year, category, points))));
        return credits;
    }

    private void refuseCancelling(Long id, EventStatus status) {
        if (status != EventStatus.CANCELLED) {
            return;
        }
        EventStatus stored = id == null ? null : em.createQuery("select e.status from Event e where e.id = :id",
                EventStatus.class).setParameter("id", id).getSingleResult();
        if (stored != EventStatus.CANCELLED) {
            throw new BusinessException("error.event.cancelThroughCancel");
        }
    }

    private void refuseTakenSlug(Event event) {
        em.createQuery("select e.id from Event e where e.slug = :slug", Long.class).setParameter("slug", event.getSlug())
                .getResultStream().filter(id -> !id.equals(event.getId())).findFirst().ifPresent(id -> {
                    throw new DuplicateEntityException("slug", event.getSlug());
                });
    }
}
