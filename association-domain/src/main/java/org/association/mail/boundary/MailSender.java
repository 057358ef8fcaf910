package org.association.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.mail.control.Retries;
import org.association.mail.control.SmtpFailure;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.MailStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sender's steps, each a transaction of its own, so that what a step recorded stays recorded whatever happens
 * to the next. A mail is claimed by a conditional update that only one server's can win: it sets a lease, and a
 * mail whose lease ran out (its server died mid-send) is claimed again. Sent and failed are recorded through the
 * audited write path, by the server that holds the claim.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailSender {

    /** This server's name within its domain ("server" for a lone one). */
    static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private Outbox outbox;

    /**
     * How long a claim holds: longer than an SMTP attempt may take (the resource's timeouts are 30 s each). The mail of
     * a server killed mid-send waits this long for another server, or for the same one restarted.
     */
    @Inject
    @ConfigProperty(name = "association.mail.lease-seconds", defaultValue = "180")
    private long leaseSeconds;

    /** The ids of mails due now and not held by a live lease, oldest first. */
    public List<Long> due(int max) {
        LocalDateTime now = clock.now();
        return em.createQuery("select m.id from MailMessage m where m.status = :queued and m.nextAttemptAt <= :now"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now) order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", MailStatus.QUEUED)
                .setParameter("now", now)
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    /** How many mails all servers sent in the last minute, for the throttle (none sent "later" counts: a clock set back). */
    public long sentInLastMinute() {
        LocalDateTime now = clock.now();
        return em.createQuery("select count(m) from MailMessage m where m.sentAt > :since and m.sentAt <= :now", Long.class)
                .setParameter("since", now.minusMinutes(1))
                .setParameter("now", now)
                .getSingleResult();
    }

    /**
     * Claims a mail for this server: true when this server's conditional update took it (queued, no live lease);
     * the attempt is counted then, before anything is sent.
     */
    public Optional<MailMessage> claim(long id) {
        LocalDateTime now = clock.now();
        int claimed = em.createQuery("update MailMessage m set m.claimedBy = :server, m.leaseUntil = :until,"
                        + " m.attempts = m.attempts + 1, m.version = m.version + 1"
                        + " where m.id = :id and m.status = :queued and (m.leaseUntil is null or m.leaseUntil < :now)")
                .setParameter("server", SERVER)
                .setParameter("until", now.plusSeconds(Math.max(1, leaseSeconds)))
                .setParameter("id", id)
                .setParameter("queued", MailStatus.QUEUED)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? Optional.of(em.find(MailMessage.class, id)) : Optional.empty();
    }

    /** Records the server's acceptance, if this server still holds the claim. */
    public void sent(long id) {
        held(id).ifPresent(mail -> store.change(mail, "sent", mail.getMessageId(), sent -> sent.sent(clock.now())));
    }

    /**
     * Records a failed attempt: tried again later with a growing delay, or given up on a permanent refusal (5xx) or
     * after the last attempt. A permanent refusal marks the address as failing on the member's record.
     */
    public void failed(long id, SmtpFailure failure) {
        held(id).ifPresent(mail -> {
            LocalDateTime retry = Retries.next(mail.getAttempts(), failure.permanent(), clock.now());
            store.change(mail, retry == null ? "send given up" : "send failed", failure.text(), failed
                    -> failed.failed(failure.text(), retry));
            if (failure.permanent() && mail.getMemberId() != null) {
                store.change(outbox.recipient(mail.getMemberId(), mail.getLanguage() == null ? Language.ZH : mail.getLanguage()),
                        "address refused", failure.text(), recipient -> recipient.refused(mail.getRecipient(), failure.text()));
            }
        });
    }

    private Optional<MailMessage> held(long id) {
        MailMessage mail = em.find(MailMessage.class, id);
        return mail != null && mail.getStatus() == MailStatus.QUEUED && SERVER.equals(mail.getClaimedBy()) ? Optional.of(mail)
                : Optional.empty();
    }
}
