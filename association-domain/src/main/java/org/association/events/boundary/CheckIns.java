package org.association.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.audit.control.ChangeSet;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.common.SecretToken;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/**
 * The desk at an event: staff find a registration by name, phone or check-in code and check the person in, count
 * who is in, and register walk-ins. A check-in is one conditional update of the registration's row, so of two staff
 * checking one person in at once, on any server, exactly one does it (and is audited); the other is told by whom.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, Role.EVENTS_NAME})
public class CheckIns {

    static final int FOUND_MAX = 8;
    static final String DESK = "check-in desk";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

    @Inject
    private CurrentActor actor;

    @Inject
    private CheckInCodes codes;

    @Inject
    private Places places;

    @Inject
    private EventMails mails;

    /** The event's registrations (not cancelled) whose name or phone holds the text; a few, by name. */
    public List<Registration> search(long eventId, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + typed.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return em.createQuery("select r from Registration r join fetch r.type where r.event.id = :event"
                        + " and r.status <> :cancelled and (lower(r.name) like :pattern escape '!' or r.phone like :pattern"
                        + " escape '!') order by r.name, r.id", Registration.class)
                .setParameter("event", eventId)
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .setParameter("pattern", pattern)
                .setMaxResults(FOUND_MAX)
                .getResultList();
    }

    /** Checks in the registration of the event that the code (typed or scanned) was made for. */
    public CheckIn checkInByCode(long eventId, String code) {
        long registrationId = codes.registrationOf(code).orElseThrow(() -> new BusinessException("error.checkIn.unknownCode"));
        return checkIn(eventId, registrationId);
    }

    /** Checks the confirmed registration of the event in, unless someone has already. */
    public CheckIn checkIn(long eventId, long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getEvent().getId().equals(eventId)) {
            throw new BusinessException("error.checkIn.unknownCode");
        }
        LocalDateTime now = clock.now();
        String by = actor.name();
        int won = em.createQuery("update Registration r set r.checkedInAt = :now, r.checkedInBy = :by,"
                        + " r.version = r.version + 1 where r.id = :id and r.checkedInAt is null and r.status = :confirmed")
                .setParameter("now", now)
                .setParameter("by", by)
                .setParameter("id", registrationId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .executeUpdate();
        if (won == 1) {
            Map<String, String> checkedIn = new LinkedHashMap<>();
            checkedIn.put("checkedInAt", String.valueOf(now));
            checkedIn.put("checkedInBy", by);
            audit.record(Registration.class.getSimpleName(), registrationId, "checked in", ChangeSet.added(checkedIn), DESK);
            return new CheckIn(registrationId, registration.getName(), true, now, by);
        }
        // read past the registration loaded before the update: the row as the winner committed it
        Object[] current = em.createQuery("select r.checkedInAt, r.checkedInBy, r.status from Registration r where r.id = :id",
                Object[].class).setParameter("id", registrationId).getSingleResult();
        if (current[0] == null) {
            throw new BusinessException("error.checkIn.notConfirmed", registration.getName());
        }
        return new CheckIn(registrationId, registration.getName(), false, (LocalDateTime) current[0], (String) current[1]);
    }

    /** The event's confirmed registrations and how many of them are checked in. */
    public CheckInCount count(long eventId) {
        Object[] counts = em.createQuery("select count(r), sum(case when r.checkedInAt is null then 0 else 1 end)"
                        + " from Registration r where r.event.id = :event and r.status = :confirmed", Object[].class)
                .setParameter("event", eventId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getSingleResult();
        return new CheckInCount(counts[1] == null ? 0 : ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue());
    }

    /**
     * Registers someone at the desk for one of the event's types, confirmed and checked in at once, if the type has a
     * place free (taken under the same lock as on the public form); they get the confirmation mail with the manage
     * link. Refused beside the field when the type is full or not the event's, or the address is registered already.
     */
    public Registration walkIn(long eventId, long typeId, Registration form, Language language) {
        if (!form.isNew()) {
            throw new IllegalArgumentException("a walk-in is a new record");
        }
        RegistrationType type = store.find(RegistrationType.class, typeId);
        if (!type.getEvent().getId().equals(eventId)) {
            throw new RegistrationRefused("type", "error.registration.noSuchType");
        }
        String token = SecretToken.create();
        form.place(type, language, SecretToken.hash(token), type.priceOn(clock.today()));
        form.walkIn(clock.now(), actor.name());
        store.validate(form);
        places.lock(type);
        if (!places.take(type)) {
            throw new RegistrationRefused("type", "error.checkIn.full");
        }
        Registration stored;
        try {
            stored = store.create(form, DESK);
        } catch (DuplicateEntityException registered) {
            // the one registration per address and event: the place taken above goes back with the rollback
            throw new RegistrationRefused("email", "error.checkIn.registered");
        }
        mails.registered(stored, token);
        return stored;
    }
}
