package org.association.events.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.mail.boundary.Outbox;

/**
 * What happens to registrations as time passes, run by EventSchedule: an offered place not confirmed by its deadline
 * passes to the next on the waiting list (or back to the type), and the day before an event each confirmed person gets
 * a reminder. Each registration is handled in a transaction of its own; a reminder carries a key of its registration
 * and start day that the outbox holds unique, so it goes once however often this runs, on whichever servers.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EventLifecycle {

    private static final Logger LOG = Logger.getLogger(EventLifecycle.class.getName());

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
    private Outbox outbox;

    @Resource
    private SessionContext context;

    /** Passes the lapsed offers on and queues the reminders due; answers how many registrations were acted on. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        EventLifecycle self = context.getBusinessObject(EventLifecycle.class);
        int done = 0;
        for (Long id : self.lapsedOffers()) {
            done += once(() -> self.passOn(id));
        }
        LocalDate today = clock.today();
        for (Object[] row : self.remindersDue(today)) {
            String key = "event-reminder:" + row[0] + ":" + ((LocalDateTime) row[1]).toLocalDate();
            done += once(() -> self.remind((Long) row[0], key));
        }
        return done;
    }

    /** Runs one registration's step; one that a concurrent run or change did first counts as nothing. */
    private static int once(BooleanSupplier step) {
        try {
            return step.getAsBoolean() ? 1 : 0;
        } catch (EJBException | BusinessException e) {
            LOG.log(Level.FINE, "A registration was handled by a concurrent run", e);
            return 0;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> lapsedOffers() {
        return em.createQuery("select r.id from Registration r where r.status = :offered and r.offerExpiresAt <= :now"
                        + " order by r.offerExpiresAt, r.id", Long.class)
                .setParameter("offered", RegistrationStatus.OFFERED).setParameter("now", clock.now()).getResultList();
    }

    /**
     * Ends the lapsed offer under its type's lock (read again after it: the person may just have confirmed) and
     * offers the place to the next waiting; with nobody waiting the place goes back to the type.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean passOn(long registrationId) {
        Registration registration = store.find(Registration.class, registrationId);
        places.lock(registration.getType());
        em.refresh(registration);
        LocalDateTime now = clock.now();
        if (registration.getStatus() != RegistrationStatus.OFFERED || registration.isOfferOpenAt(now)) {
            return false;
        }
        store.change(registration, "offer lapsed", "not confirmed in time", changed -> changed.cancel(now));
        places.giveBack(registration.getType());
        places.promoteWaiting(registration.getType());
        return true;
    }

    /** Ids and start times of the confirmed registrations of the events that start tomorrow. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> remindersDue(LocalDate today) {
        return em.createQuery("select r.id, r.event.startsAt from Registration r where r.status = :confirmed"
                        + " and r.event.status in :held and r.event.startsAt >= :from and r.event.startsAt < :until"
                        + " order by r.id", Object[].class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("held", List.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED))
                .setParameter("from", today.plusDays(1).atStartOfDay())
                .setParameter("until", today.plusDays(2).atStartOfDay())
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long registrationId, String key) {
        if (outbox.exists(key)) {
            return false;
        }
        mails.reminder(store.find(Registration.class, registrationId), key);
        return outbox.exists(key);
    }
}
