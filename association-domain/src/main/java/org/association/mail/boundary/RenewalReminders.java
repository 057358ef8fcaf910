package org.association.mail.boundary;

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
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.mail.control.RenewalReminder;
import org.association.mail.entity.MailCause;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;

/**
 * Derives the renewal reminders from the active members' paid-up-until dates, and the weekly digest of members due
 * without an email address for the MEMBERSHIP staff. Each mail carries a key of its member, expiry date and kind
 * (of its week and recipient for the digest) that the outbox holds unique: a reminder goes once, however often
 * this runs, on whichever servers, and a renewal (a new date) starts a new series.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RenewalReminders {

    /** A member is "due" for the digest from the first reminder on, until the last. */
    static final int DUE_DAYS_AHEAD = 30;
    static final int DUE_DAYS_PAST = 21;

    private static final Logger LOG = Logger.getLogger(RenewalReminders.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AssociationClock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private Notifications notifications;

    @Resource
    private SessionContext context;

    /** Queues what is due today; answers how many mails were queued. Each in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        LocalDate today = clock.today();
        RenewalReminders self = context.getBusinessObject(RenewalReminders.class);
        int queued = 0;
        for (RenewalReminder reminder : RenewalReminder.values()) {
            for (Object[] row : self.candidates(reminder, today)) {
                String key = reminder.key((Long) row[0], (LocalDate) row[1]);
                queued += once(() -> self.remind((Long) row[0], reminder, key));
            }
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (Account staff : self.digestRecipients()) {
            queued += once(() -> self.digest(staff.getEmail(), staff.getDisplayName(), "digest:" + staff.getUsername() + ":"
                    + week));
        }
        return queued;
    }

    /** Runs one queuing; a duplicate from a concurrent run (the unique key) counts as nothing. */
    private static int once(BooleanSupplier queue) {
        try {
            return queue.getAsBoolean() ? 1 : 0;
        } catch (EJBException | BusinessException e) {
            LOG.log(Level.FINE, "A reminder was queued by a concurrent run", e);
            return 0;
        }
    }

    /** Ids and paid-up-until dates of the active members with an address for whom the reminder is due today. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> candidates(RenewalReminder reminder, LocalDate today) {
        return em.createQuery("select m.id, m.paidUpUntil from Member m where m.status = :active and m.email is not null"
                        + " and m.paidUpUntil >= :earliest and m.paidUpUntil <= :latest order by m.id", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("earliest", reminder.earliestExpiry(today))
                .setParameter("latest", reminder.latestExpiry(today))
                .getResultList();
    }

    /** Queues the reminder, which links to the member's page: their invoice is there, with how to pay it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long memberId, RenewalReminder reminder, String key) {
        if (outbox.exists(key)) {
            return false;
        }
        Member member = em.find(Member.class, memberId);
        Language language = outbox.languageOf(memberId);
        return outbox.queue(new Mail(reminder.cause(), language, member.getEmail(), member.getName(), memberId,
                Notifications.values(member, null, notifications.memberPage()), key)).isPresent();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Account> digestRecipients() {
        return outbox.staff(Role.MEMBERSHIP);
    }

    /** The week's digest to one member of staff, if members are due without an address. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean digest(String address, String name, String key) {
        if (outbox.exists(key)) {
            return false;
        }
        LocalDate today = clock.today();
        List<Member> due = em.createQuery("select m from Member m where m.status = :active and m.email is null"
                        + " and m.paidUpUntil >= :earliest and m.paidUpUntil <= :latest order by m.paidUpUntil, m.name",
                                Member.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("earliest", today.minusDays(DUE_DAYS_PAST))
                .setParameter("latest", today.plusDays(DUE_DAYS_AHEAD))
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        String list = due.stream()
                .map(member -> member.getPaidUpUntil() + "  " + member.getMemberNumber() + "  " + member.getName()
                        + (member.getPhone() == null ? "" : "  " + member.getPhone())
                        + (member.getAddress() == null ? "" : "  " + member.getAddress()))
                .collect(Collectors.joining("\n"));
        return outbox.queue(new Mail(MailCause.DIGEST, Language.ZH, address, name, null,
                Map.of("count", String.valueOf(due.size()), "list", list), key)).isPresent();
    }
}
