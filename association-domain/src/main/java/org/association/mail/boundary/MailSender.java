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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.mail.control.Retries;
import org.association.mail.control.SmtpFailure;
import org.association.mail.entity.MailAttachment;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.MailStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sender's steps, each a transaction of its own, so that what a step recorded stays recorded whatever happens
 * to the next. A group of mails is claimed by one conditional update that only one server's can win for each mail:
 * it sets a lease, and a mail whose lease ran out (its server died mid-send) is claimed again. The
 * outcomes of a group are recorded in one transaction through the audited write path, by the server that holds the
 * claim. A transaction per group rather than per mail is what makes the sender fast; its price is that a server
 * killed between the mail server's acceptance and that commit sends the whole group ({@value #GROUP} at most) again.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailSender {

    /** The most mails claimed, sent and recorded together: all that a SIGKILL mid-send can make come twice. */
    public static final int GROUP = 50;

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
     * Claims the mails of {@code ids} for this server by one conditional update that only one server can win for each
     * (queued, no live lease); the attempt is counted then, before anything is sent. The mails won are those that now
     * carry this server's name and this very lease: this server claims one group at a time (MailSchedule is a
     * singleton), and a mail it holds from before has a live lease, so the update does not touch it.
     */
    public Claim claim(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Claim(List.of(), Map.of(), clock.now());
        }
        LocalDateTime now = clock.now();
        long lease = Math.max(1, leaseSeconds);
        LocalDateTime until = now.plusSeconds(lease);
        em.createQuery("update MailMessage m set m.claimedBy = :server, m.leaseUntil = :until,"
                        + " m.attempts = m.attempts + 1, m.version = m.version + 1"
                        + " where m.id in :ids and m.status = :queued and (m.leaseUntil is null or m.leaseUntil < :now)")
                .setParameter("server", SERVER)
                .setParameter("until", until)
                .setParameter("ids", ids)
                .setParameter("queued", MailStatus.QUEUED)
                .setParameter("now", now)
                .executeUpdate();
        List<MailMessage> won = em.createQuery("select m from MailMessage m where m.id in :ids and m.status = :queued"
                        + " and m.claimedBy = :server and m.leaseUntil = :until order by m.nextAttemptAt, m.id",
                        MailMessage.class)
                .setParameter("ids", ids)
                .setParameter("queued", MailStatus.QUEUED)
                .setParameter("server", SERVER)
                .setParameter("until", until)
                .getResultList();
        // half the lease to send in; the other half covers the last SMTP exchange and the record of the outcomes
        return new Claim(won, attachments(won), now.plusSeconds(lease / 2));
    }

    /** The files of those mails that have some, with their bytes, in one query; by mail, in their order. */
    private Map<Long, List<MailAttachment>> attachments(List<MailMessage> mails) {
        List<Long> with = mails.stream().filter(mail -> mail.getAttachments() > 0).map(MailMessage::getId).toList();
        if (with.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from MailAttachment a where a.mailId in :ids order by a.mailId, a.position",
                        MailAttachment.class)
                .setParameter("ids", with)
                .getResultStream()
                .collect(Collectors.groupingBy(MailAttachment::getMailId));
    }

    /**
     * Records what the mail server answered for each mail, in one transaction, for the mails this server still holds.
     * Accepted: sent. Failed: tried again later with a growing delay, or given up on a permanent refusal (5xx) or after
     * the last attempt; a permanent refusal marks the address as failing on the member's record.
     */
    public void record(List<Outcome> outcomes) {
        loaded(outcomes.stream().map(Outcome::id).toList());
        for (Outcome outcome : outcomes) {
            held(outcome.id()).ifPresent(mail -> {
                if (outcome.failure() == null) {
                    store.change(mail, "sent", mail.getMessageId(), sent -> sent.sent(clock.now()));
                } else {
                    failed(mail, outcome.failure());
                }
            });
        }
    }

    /** Gives back claimed mails that were not tried (the connection broke, or the time to send ran out), attempt uncounted. */
    public void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update MailMessage m set m.claimedBy = null, m.leaseUntil = null, m.attempts = m.attempts - 1,"
                        + " m.version = m.version + 1 where m.id in :ids and m.status = :queued and m.claimedBy = :server")
                .setParameter("ids", ids)
                .setParameter("queued", MailStatus.QUEUED)
                .setParameter("server", SERVER)
                .executeUpdate();
    }

    /** The mails a server claimed, oldest first, the files of those that have some, and until when it may begin to send. */
    public record Claim(List<MailMessage> mails, Map<Long, List<MailAttachment>> attachments, LocalDateTime sendBy) {

        public List<MailAttachment> attachmentsOf(MailMessage mail) {
            return attachments.getOrDefault(mail.getId(), List.of());
        }
    }

    /** The mail server's answer to one mail: accepted ({@code failure} null) or the failure. */
    public record Outcome(long id, SmtpFailure failure) {

        public static Outcome sent(long id) {
            return new Outcome(id, null);
        }
    }

    private void failed(MailMessage mail, SmtpFailure failure) {
        LocalDateTime retry = Retries.next(mail.getAttempts(), failure.permanent(), clock.now());
        store.change(mail, retry == null ? "send given up" : "send failed", failure.text(), failed
                -> failed.failed(failure.text(), retry));
        if (failure.permanent() && mail.getMemberId() != null) {
            store.change(outbox.recipient(mail.getMemberId(), mail.getLanguage() == null ? Language.ZH : mail.getLanguage()),
                    "address refused", failure.text(), recipient -> recipient.refused(mail.getRecipient(), failure.text()));
        }
    }

    /** The mails of {@code ids} in this transaction's persistence context, read in one query, oldest first. */
    private List<MailMessage> loaded(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from MailMessage m where m.id in :ids order by m.nextAttemptAt, m.id", MailMessage.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private Optional<MailMessage> held(long id) {
        MailMessage mail = em.find(MailMessage.class, id);
        return mail != null && mail.getStatus() == MailStatus.QUEUED && SERVER.equals(mail.getClaimedBy()) ? Optional.of(mail)
                : Optional.empty();
    }
}
