package org.association.events.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Like;
import org.association.common.NoSuchEntityException;
import org.association.content.boundary.ArticleRow;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.events.control.CopySlug;
import org.association.events.control.MemberEventHistory;
import org.association.events.control.RegistrationColumns;
import org.association.events.control.RegistrationExport;
import org.association.events.control.RegistrationRow;
import org.association.events.entity.Event;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Payment;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/**
 * Staff's side of events: create, edit, publish, copy and cancel them with their registration types; read, correct,
 * move, cancel and export the registrations and record their payments; confirm attendance (which awards CME credits)
 * and read a member's credits per year.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, Role.EVENTS_NAME})
public class EventService {

    @Inject
    private MemberEventHistory history;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Places places;

    @Inject
    private MemberNumbers memberNumbers;

    @Inject
    private EventMails mails;

    @Inject
    private AssociationClock clock;

    @Resource
    private SessionContext session;

    @Inject
    private AuditService audit;

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
    public int cancelEvent(long id, int version, String reason) {
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

    public EventQuestion addQuestion(EventQuestion question, String reason) {
        return store.create(question, reason);
    }

    public EventQuestion updateQuestion(EventQuestion edited, String reason) {
        return store.update(edited, reason);
    }

    /** Takes a question off the form; refused once someone has answered it, for the answer would lose its meaning. */
    public void removeQuestion(long id, int version, String reason) {
        EventQuestion question = store.findCurrent(EventQuestion.class, id, version);
        long answered = em.createQuery("select count(r) from Registration r join r.answers a where key(a) = :question",
                Long.class).setParameter("question", id).getSingleResult();
        if (answered > 0) {
            throw new BusinessException("error.question.answered", answered);
        }
        store.remove(question, reason);
    }

    /** Up to ten articles whose title holds the text, the newest first: the candidates for an event's links. */
    public List<ArticleRow> articlesTitled(String text) {
        return em.createQuery("select new org.association.content.boundary.ArticleRow(a.id, a.title, a.language, a.status,"
                        + " a.pinned, a.publishedAt, c.nameZh, c.nameEn, a.updatedAt, a.updatedBy)"
                        + " from Article a join a.channel c"
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

    /** The event's registrations as the table shows them, with what each has paid. */
    public List<RegistrationRow> rows(long eventId, RegistrationStatus status, Long typeId) {
        Map<Long, BigDecimal> paid = new HashMap<>();
        em.createQuery("select p.registration.id, sum(p.amount) from Payment p where p.registration.event.id = :event"
                        + " group by p.registration.id", Object[].class)
                .setParameter("event", eventId).getResultList()
                .forEach(row -> paid.put((Long) row[0], (BigDecimal) row[1]));
        return registrations(eventId, status, typeId).stream()
                .map(registration -> new RegistrationRow(registration,
                        paid.getOrDefault(registration.getId(), BigDecimal.ZERO).setScale(2)))
                .toList();
    }

    /** One registration with its event and type, for staff's dialogs. */
    public Registration registration(long id) {
        return em.createQuery("select r from Registration r join fetch r.event join fetch r.type where r.id = :id",
                        Registration.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchEntityException(Registration.class.getSimpleName(), id));
    }

    /**
     * Corrects the person's details (name, phone, email, institution, member number) from a copy staff edited.
     * Refused when the registration changed since the copy was read, when another registration of the event has the
     * address, or (beside the member number) when the number is not a member's.
     */
    public Registration edit(Registration edited, String reason) {
        Registration current = store.findCurrent(Registration.class, edited.getId(), edited.getVersion());
        memberNumbers.check(edited, current.getType());
        boolean addressTaken = !em.createQuery("select r.id from Registration r where r.event = :event and r.email = :email"
                        + " and r.id <> :id", Long.class)
                .setParameter("event", current.getEvent()).setParameter("email", edited.getEmail())
                .setParameter("id", current.getId()).setMaxResults(1).getResultList().isEmpty();
        if (addressTaken) {
            throw new DuplicateEntityException("email", edited.getEmail());
        }
        return store.change(current, "updated", reason, changed -> changed.correct(edited));
    }

    /**
     * Moves a registration to another type of its event, at that type's price of the day, under both types' locks.
     * A confirmed registration takes a place of the new type, and is refused when that type is full: a move never
     * loses a place (staff raise the capacity first, or cancel). A waiting one joins the new type's waiting list in
     * the order it registered, and gets a place at once if one is free. A place left behind goes to the first waiting
     * of the old type.
     */
    public Registration move(long registrationId, int version, long typeId, String reason) {
        Registration registration = store.findCurrent(Registration.class, registrationId, version);
        RegistrationType from = registration.getType();
        RegistrationType to = store.find(RegistrationType.class, typeId);
        if (!to.getEvent().getId().equals(registration.getEvent().getId()) || to.getId().equals(from.getId())) {
            throw new RegistrationRefused("moveType", "error.registration.noSuchType");
        }
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            throw new RegistrationRefused("moveType", "error.registration.moveCancelled");
        }
        places.lockBoth(from, to);
        em.refresh(registration);
        boolean heldPlace = registration.getStatus().holdsPlace();
        if (heldPlace && !places.take(to)) {
            throw new RegistrationRefused("moveType", "error.registration.typeFull");
        }
        store.change(registration, "moved", reason, changed -> changed.moveTo(to, to.priceOn(clock.today()), heldPlace));
        if (heldPlace) {
            places.giveBack(from);
            places.promoteWaiting(from);
        } else {
            places.promoteWaiting(to);
        }
        return registration;
    }

    /**
     * Staff cancel a registration, for the reason they give; as a cancel by the manage link, a place it held goes to
     * the first on its type's waiting list, who is told by mail.
     */
    public Registration cancel(long registrationId, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RegistrationRefused("cancelReason", "error.registration.cancelReason");
        }
        Registration registration = store.findCurrent(Registration.class, registrationId, version);
        places.cancel(registration, clock.now(), reason.strip());
        return registration;
    }

    /**
     * Records a payment of a registration (a refund: a negative amount), confirmed by the caller now. This is the one
     * way payments are written: staff's dialog calls it, and so is an online payment provider's callback to call it,
     * with the provider's transaction number as the reference. A reference is recorded once per registration, so the
     * same payment told twice (two clicks, a notice delivered again, even at the same moment) is refused the second
     * time; payments are never changed or deleted.
     */
    public Payment recordPayment(long registrationId, PaymentRecord record) {
        Registration registration = store.find(Registration.class, registrationId);
        Payment payment = new Payment(registration, record.amount(), record.method(), record.paidOn(), record.reference(),
                session.getCallerPrincipal().getName(), clock.now());
        boolean recorded = payment.getReference() != null && !em.createQuery("select p.id from Payment p"
                        + " where p.registration = :registration and p.reference = :reference", Long.class)
                .setParameter("registration", registration).setParameter("reference", payment.getReference())
                .setMaxResults(1).getResultList().isEmpty();
        if (recorded) {
            throw new DuplicateEntityException("reference", payment.getReference());
        }
        return store.create(payment, "payment");
    }

    /** A registration's payments, first recorded first. */
    public List<Payment> payments(long registrationId) {
        return em.createQuery("select p from Payment p where p.registration.id = :registration order by p.confirmedAt, p.id",
                Payment.class).setParameter("registration", registrationId).getResultList();
    }

    /**
     * Writes the event's registrations of the filter (status and type, when given) as CSV or XLSX, a column for each of
     * the event's questions after the standard ones, and audits who
     * exported which, in which format, and how many rows the file holds.
     */
    public void export(long eventId, RegistrationStatus status, Long typeId, boolean xlsx, Locale locale, OutputStream out)
            throws IOException {
        List<RegistrationRow> rows = rows(eventId, status, typeId);
        RegistrationColumns columns = RegistrationColumns.standard(locale);
        Language language = "zh".equals(locale.getLanguage()) ? Language.ZH : Language.EN;
        for (EventQuestion question : em.createQuery("select q from EventQuestion q where q.event.id = :event"
                + " order by q.position, q.id", EventQuestion.class).setParameter("event", eventId).getResultList()) {
            columns.add(question.getTextEn(), question.getTextZh(),
                    row -> question.answerText(row.registration().getAnswers().get(question.getId()), language));
        }
        String sheet = "zh".equals(locale.getLanguage()) ? "报名" : "Registrations";
        long written = xlsx ? RegistrationExport.xlsx(rows.stream(), columns, sheet, out)
                : RegistrationExport.csv(rows.stream(), columns, out);
        Map<String, String[]> export = new LinkedHashMap<>();
        export.put("event", new String[] {null, String.valueOf(eventId)});
        export.put("filter", new String[] {null, "status=" + (status == null ? "any" : status.name())
                + " type=" + (typeId == null ? "any" : typeId)});
        export.put("format", new String[] {null, xlsx ? "xlsx" : "csv"});
        export.put("rows", new String[] {null, String.valueOf(written)});
        audit.record(Registration.class.getSimpleName(), null, "exported", export, null);
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

    /**
     * Confirms the attendance of everyone checked in whose attendance staff have not decided yet, which awards their
     * credits; answers how many. A decision already taken, an untick too, stands.
     */
    public int attendFromCheckIns(long eventId, String reason) {
        int confirmed = 0;
        for (Registration registration : registrations(eventId, RegistrationStatus.CONFIRMED, null)) {
            if (registration.isAttendanceToConfirm()) {
                store.change(store.find(Registration.class, registration.getId()), "attended", reason,
                        changed -> changed.attend(true));
                confirmed++;
            }
        }
        return confirmed;
    }

    /** The member's CME credits per year and category, of the events they attended with a certificate; latest first. */
    public List<CmeCredits> creditsPerYear(long memberId) {
        return history.creditsPerYear(memberId);
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
