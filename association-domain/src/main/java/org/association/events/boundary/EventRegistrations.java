package org.association.events.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.common.SecretToken;
import org.association.events.entity.Event;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/**
 * What readers do with events, without an account: read the public ones, register (one registration per address and
 * event, a place or the waiting list), and through the private manage link see and cancel their registration.
 */
@Stateless
@PermitAll
public class EventRegistrations {

    static final String FORM = "registration form";
    /** The field of a question's answer is this and the question's id. */
    public static final String QUESTION_FIELD = "question";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private Places places;

    @Inject
    private EventMails mails;

    @Inject
    private MemberNumbers memberNumbers;

    /** Public events that have not ended, soonest first. */
    public List<Event> upcoming() {
        return em.createQuery("select e from Event e where e.status <> :draft and e.endsAt >= :now order by e.startsAt, e.id",
                        Event.class)
                .setParameter("draft", EventStatus.DRAFT).setParameter("now", clock.now()).getResultList();
    }

    /** Public events that have ended, latest first. */
    public List<Event> past() {
        return em.createQuery("select e from Event e where e.status <> :draft and e.endsAt < :now order by e.startsAt desc, e.id",
                        Event.class)
                .setParameter("draft", EventStatus.DRAFT).setParameter("now", clock.now()).getResultList();
    }

    /** Every public event, for the calendar feed. */
    public List<Event> allPublic() {
        return em.createQuery("select e from Event e where e.status <> :draft order by e.startsAt, e.id", Event.class)
                .setParameter("draft", EventStatus.DRAFT).getResultList();
    }

    /** The public event at the address; a draft is not found. */
    public Optional<Event> bySlug(String slug) {
        return em.createQuery("select e from Event e left join fetch e.organiser where e.slug = :slug and e.status <> :draft",
                        Event.class)
                .setParameter("slug", slug).setParameter("draft", EventStatus.DRAFT).getResultStream().findFirst();
    }

    /** The event's announcement, in the reader's language when it has a published translation; empty when unpublished. */
    public Optional<LinkedArticle> announcement(long eventId, Language language) {
        return linked(eventId, "announcement", language);
    }

    /** The event's report, as {@link #announcement} is. */
    public Optional<LinkedArticle> report(long eventId, Language language) {
        return linked(eventId, "report", language);
    }

    private Optional<LinkedArticle> linked(long eventId, String field, Language language) {
        return em.createQuery("select a from Event e join e." + field + " a where e.id = :event", Article.class)
                .setParameter("event", eventId).getResultStream().findFirst()
                .map(article -> article.getLanguage() != language && article.getTranslation() != null
                        && article.getTranslation().isPublished() ? article.getTranslation() : article)
                .filter(Article::isPublished)
                .map(article -> new LinkedArticle(article.getTitle(), article.getLanguage(), article.getChannel().getSlug(),
                        article.getPublishedAt(), article.getSlug()));
    }

    public List<RegistrationType> types(long eventId) {
        return em.createQuery("select t from RegistrationType t where t.event.id = :event order by t.position, t.id",
                RegistrationType.class).setParameter("event", eventId).getResultList();
    }

    /** The event's own questions, in the form's order. */
    public List<EventQuestion> questions(long eventId) {
        return em.createQuery("select q from EventQuestion q where q.event.id = :event order by q.position, q.id",
                EventQuestion.class).setParameter("event", eventId).getResultList();
    }

    public boolean isOpen(Event event) {
        return event.isOpenAt(clock.now());
    }

    /**
     * Registers the person on the form of the event's page for one of its types: a place when one is free, else the
     * waiting list, with its mail. Refused, beside the field to correct, when the event takes no registrations, the
     * address is registered already, a question is not answered as it asks, or a member number is not a member's (or,
     * for a members-only type, not one in good standing on the event's day). The form carries the answers by question
     * id.
     */
    public Registered register(long eventId, long typeId, Registration form, Language language) {
        if (!form.isNew()) {
            throw new IllegalArgumentException("a registration from the form is a new record");
        }
        RegistrationType type = store.find(RegistrationType.class, typeId);
        Event event = type.getEvent();
        if (!event.getId().equals(eventId)) {
            throw new RegistrationRefused("type", "error.registration.noSuchType");
        }
        if (!event.isOpenAt(clock.now())) {
            throw new RegistrationRefused("type", "error.registration.closed");
        }
        String token = SecretToken.create();
        form.place(type, language, SecretToken.hash(token), type.priceOn(clock.today()));
        store.validate(form);
        form.answer(checkedAnswers(event, form.getAnswers()));
        memberNumbers.check(form, type);
        if (registered(event, form.getEmail())) {
            throw new RegistrationRefused("email", "error.registration.registered");
        }
        places.lock(type);
        if (places.take(type)) {
            form.confirm();
        }
        Registration stored = store.create(form, FORM);
        mails.registered(stored, token);
        return new Registered(stored, token);
    }

    /** The answers as they are kept, one per question answered; refused beside the first question wrongly answered. */
    private Map<Long, String> checkedAnswers(Event event, Map<Long, String> given) {
        Map<Long, String> kept = new HashMap<>();
        for (EventQuestion question : questions(event.getId())) {
            Optional<String> answer = question.kept(given.get(question.getId()));
            Optional<String> problem = question.problem(answer);
            if (problem.isPresent()) {
                throw new RegistrationRefused(QUESTION_FIELD + question.getId(), problem.get());
            }
            answer.ifPresent(value -> kept.put(question.getId(), value));
        }
        return kept;
    }

    private boolean registered(Event event, String email) {
        return !em.createQuery("select r.id from Registration r where r.event = :event and r.email = :email", Long.class)
                .setParameter("event", event).setParameter("email", email).setMaxResults(1).getResultList().isEmpty();
    }

    /** The registration the manage link's token opens, with its answers; nothing for any other text. */
    public Optional<Registration> byToken(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<Registration> found = em.createQuery(
                        "select r from Registration r join fetch r.event join fetch r.type where r.tokenHash = :hash",
                        Registration.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst();
        found.ifPresent(Registration::getAnswers);
        return found;
    }

    /** Changes the answers of the registration the token opens, as the form does, until the event starts. */
    public Registration changeAnswers(String token, Map<Long, String> given) {
        Registration registration = byToken(token).orElseThrow(() -> new RegistrationRefused("", "error.registration.notFound"));
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            throw new RegistrationRefused("", "error.registration.cancelledAlready");
        }
        if (!clock.now().isBefore(registration.getEvent().getStartsAt())) {
            throw new RegistrationRefused("", "error.registration.startedAnswers");
        }
        Map<Long, String> kept = checkedAnswers(registration.getEvent(), given);
        return store.change(registration, "answers changed", "manage link", changed -> changed.answer(kept));
    }

    /**
     * Cancels the registration the token opens, until the event starts. A place it held (confirmed or offered) is
     * offered to the first on the type's waiting list, who is told by mail.
     */
    public Registration cancel(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new RegistrationRefused("", "error.registration.notFound"));
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return registration;
        }
        LocalDateTime now = clock.now();
        if (!now.isBefore(registration.getEvent().getStartsAt())) {
            throw new RegistrationRefused("", "error.registration.started");
        }
        places.cancel(registration, now, "manage link");
        return registration;
    }

    /**
     * Takes the place offered to the registration the token opens, before the offer's deadline, under the type's lock
     * (so that the job passing lapsed offers on sees it taken or passes it on, never both); the confirmation mail
     * follows. Confirming twice changes nothing.
     */
    public Registration confirmOffer(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new RegistrationRefused("", "error.registration.notFound"));
        places.lock(registration.getType());
        em.refresh(registration);
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            return registration;
        }
        if (!registration.isOfferOpenAt(clock.now())) {
            throw new RegistrationRefused("", "error.registration.offerLapsed");
        }
        store.change(registration, "confirmed", "manage link", Registration::confirm);
        mails.registered(registration, token);
        return registration;
    }
}
