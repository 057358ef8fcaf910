package org.association.events.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.events.control.Eligibility;
import org.association.events.control.ManageToken;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;
import org.association.membership.entity.Member;

/**
 * What readers do with events, without an account: read the public ones, register (one registration per address and
 * event, a place or the waiting list), and through the private manage link see and cancel their registration.
 */
@Stateless
@PermitAll
public class EventRegistrations {

    static final String FORM = "registration form";

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

    public List<RegistrationType> types(long eventId) {
        return em.createQuery("select t from RegistrationType t where t.event.id = :event order by t.position, t.id",
                RegistrationType.class).setParameter("event", eventId).getResultList();
    }

    public boolean isOpen(Event event) {
        return event.isOpenAt(clock.now());
    }

    /**
     * Registers the person on the form of the event's page for one of its types: a place when one is free, else the
     * waiting list, with its mail. Refused, beside the field to correct, when the event takes no registrations, the
     * address is registered already, or a member number is not a member's (or, for a members-only type, not one in
     * good standing on the event's day).
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
        String token = ManageToken.create();
        form.place(type, language, ManageToken.hash(token), type.priceOn(clock.today()));
        store.validate(form);
        checkMember(form, type);
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

    private void checkMember(Registration form, RegistrationType type) {
        String number = form.getMemberNumber() == null ? null : form.getMemberNumber().strip().toUpperCase(Locale.ROOT);
        Optional<Member> member = number == null || number.isEmpty() ? Optional.empty()
                : em.createNamedQuery(Member.BY_NUMBER, Member.class).setParameter("number", number).getResultStream()
                        .findFirst();
        if (number != null && !number.isEmpty() && member.isEmpty()) {
            throw new RegistrationRefused("memberNumber", "error.registration.noSuchMember");
        }
        boolean inGoodStanding = member.isPresent() && Eligibility.isMemberInGoodStanding(member.get().getStatus(),
                member.get().getPaidUpUntil(), type.getEvent().getStartsAt().toLocalDate());
        if (type.isMembersOnly() && !inGoodStanding) {
            throw new RegistrationRefused("memberNumber", "error.registration.membersOnly");
        }
        member.ifPresent(form::checkedMember);
    }

    private boolean registered(Event event, String email) {
        return !em.createQuery("select r.id from Registration r where r.event = :event and r.email = :email", Long.class)
                .setParameter("event", event).setParameter("email", email).setMaxResults(1).getResultList().isEmpty();
    }

    /** The registration the manage link's token opens; nothing for any other text. */
    public Optional<Registration> byToken(String token) {
        if (!ManageToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r join fetch r.event join fetch r.type where r.tokenHash = :hash",
                        Registration.class)
                .setParameter("hash", ManageToken.hash(token)).getResultStream().findFirst();
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
        RegistrationType type = registration.getType();
        places.lock(type);
        em.refresh(registration);
        boolean heldPlace = registration.getStatus().holdsPlace();
        store.change(registration, "cancelled", "manage link", changed -> changed.cancel(now));
        if (heldPlace) {
            places.giveBack(type);
            places.promoteWaiting(type);
        }
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
