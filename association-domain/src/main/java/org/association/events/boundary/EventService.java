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
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Like;
import org.association.content.boundary.ArticleRow;
import org.association.content.entity.Article;
import org.association.events.entity.CmeCategory;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/**
 * Staff's side of events: create, edit and publish them with their registration types; read the registrations; confirm
 * attendance (which awards CME credits) and read a member's credits per year.
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

    /** Every event, the latest first. */
    public List<Event> all() {
        return em.createQuery("select e from Event e left join fetch e.organiser order by e.startsAt desc, e.id", Event.class)
                .getResultList();
    }

    public Event find(long id) {
        Event event = store.find(Event.class, id);
        // read while the record is managed: the editor shows the organiser and the articles after the transaction
        if (event.getOrganiser() != null) {
            event.getOrganiser().getNameZh();
        }
        if (event.getAnnouncement() != null) {
            event.getAnnouncement().getTitle();
        }
        if (event.getReport() != null) {
            event.getReport().getTitle();
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

    /** Up to ten articles whose title holds the text, the newest first: the candidates for an event's links. */
    public List<ArticleRow> articlesTitled(String text) {
        return em.createQuery("select new org.association.content.boundary.ArticleRow(a.id, a.title, a.language, a.status,"
                        + " a.pinned, a.publishedAt, c.nameZh, c.nameEn, a.updatedAt, a.updatedBy) from Article a join a.channel c"
                        + " where lower(a.title) like :text" + Like.ESCAPE + " order by a.publishedAt desc, a.id desc",
                        ArticleRow.class)
                .setParameter("text", Like.containing(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)))
                .setMaxResults(10).getResultList();
    }

    public Article article(long id) {
        return store.find(Article.class, id);
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

    private void refuseTakenSlug(Event event) {
        em.createQuery("select e.id from Event e where e.slug = :slug", Long.class).setParameter("slug", event.getSlug())
                .getResultStream().filter(id -> !id.equals(event.getId())).findFirst().ifPresent(id -> {
                    throw new DuplicateEntityException("slug", event.getSlug());
                });
    }
}
