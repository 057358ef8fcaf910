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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.mail.control.NoticeMail;
import org.association.mail.entity.Notice;
import org.association.mail.entity.NoticeStatus;

/**
 * Puts a notice into the outbox: one row per member of its segment, a chunk of members per transaction, in the order
 * of their ids. A chunk's rows and the notice's progress ({@code expandedTo}) commit together, so a server that dies
 * mid-way leaves a notice that the next turn resumes after the last member done. One server expands a notice at a
 * time: it claims the notice with a lease by a conditional update, as the sender claims a mail. Each row also carries
 * the key of its notice and member, which the outbox holds unique, so no member gets a notice twice.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class NoticeExpansion {

    /** Members per transaction: few enough to keep a transaction short and memory flat, enough to be quick. */
    static final int CHUNK = 250;
    /** At most this many chunks per turn, so the sender's turn goes on to send. */
    static final int CHUNKS_PER_TURN = 20;
    static final Duration LEASE = Duration.ofMinutes(3);

    private static final Logger LOG = Logger.getLogger(NoticeExpansion.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private UnsubscribeLinks links;

    @Inject
    private SegmentMembers members;

    @Resource
    private SessionContext context;

    /** Expands the notices that are due, a bounded part of each per call; answers how many mails were queued. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expandDue() {
        NoticeExpansion self = context.getBusinessObject(NoticeExpansion.class);
        int queued = 0;
        for (Long id : self.due()) {
            if (!self.claim(id)) {
                continue;
            }
            try {
                Chunk chunk = new Chunk(0, true);
                for (int turn = 0; turn < CHUNKS_PER_TURN && chunk.more(); turn++) {
                    chunk = self.chunk(id);
                    queued += chunk.queued();
                }
            } catch (EJBException | BusinessException e) {
                // the chunk rolled back; its members are expanded by a later turn
                LOG.warning(() -> "Expanding notice " + id + " stopped; a later turn goes on: " + e.getMessage());
            } finally {
                self.release(id);
            }
        }
        return queued;
    }

    /** The notices whose time has come and that no server holds. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        LocalDateTime now = clock.now();
        return em.createQuery("select n.id from Notice n where n.status in :going and n.sendAt <= :now"
                        + " and (n.leaseUntil is null or n.leaseUntil < :now) order by n.sendAt, n.id", Long.class)
                .setParameter("going", List.of(NoticeStatus.SCHEDULED, NoticeStatus.SENDING))
                .setParameter("now", now)
                .getResultList();
    }

    /** True when this server's conditional update took the notice (due, no live lease). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id) {
        LocalDateTime now = clock.now();
        return em.createQuery("update Notice n set n.claimedBy = :server, n.leaseUntil = :until, n.version = n.version + 1"
                        + " where n.id = :id and n.status in :going and n.sendAt <= :now"
                        + " and (n.leaseUntil is null or n.leaseUntil < :now)")
                .setParameter("server", MailSender.SERVER)
                .setParameter("until", now.plus(LEASE))
                .setParameter("id", id)
                .setParameter("going", List.of(NoticeStatus.SCHEDULED, NoticeStatus.SENDING))
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Lets any server take the notice on at its next turn. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long id) {
        em.createQuery("update Notice n set n.leaseUntil = null, n.version = n.version + 1 where n.id = :id"
                        + " and n.claimedBy = :server and n.leaseUntil is not null")
                .setParameter("id", id)
                .setParameter("server", MailSender.SERVER)
                .executeUpdate();
    }

    /** What a chunk did: how many mails it queued, and whether more are to come. */
    public record Chunk(int queued, boolean more) {
    }

    /** Queues the next chunk of the segment, if this server holds the notice; no more when all are expanded or it is not ours. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk chunk(long id) {
        Notice notice = em.find(Notice.class, id);
        LocalDateTime now = clock.now();
        if (notice == null || !MailSender.SERVER.equals(notice.getClaimedBy()) || notice.getLeaseUntil() == null
                || notice.getLeaseUntil().isBefore(now)
                || notice.getStatus() != NoticeStatus.SCHEDULED && notice.getStatus() != NoticeStatus.SENDING) {
            return new Chunk(0, false);
        }
        SegmentMembers.Batch batch = members.after(notice.segment(), notice.getExpandedTo(), CHUNK);
        Set<String> done = alreadyQueued(id, batch.recipients().stream().map(SegmentMembers.Recipient::id).toList());
        int queued = 0;
        for (SegmentMembers.Recipient member : batch.recipients()) {
            String key = key(id, member.id());
            if (done.contains(key)) {
                continue;
            }
            Language language = notice.languageFor(member.language());
            String unsubscribe = links.url(member.id());
            NoticeMail mail = NoticeMail.of(notice.subject(language), notice.body(language), language, unsubscribe);
            if (outbox.queueNotice(mail, language, member.address(), member.name(), member.id(), key, unsubscribe).isPresent()) {
                queued++;
            }
        }
        long last = batch.lastId();
        int count = queued;
        boolean finished = batch.end();
        store.change(notice, finished ? "sent" : "expanding", null, expanding -> {
            expanding.progress(last, count, now.plus(LEASE));
            if (finished) {
                expanding.expanded();
            }
        });
        return new Chunk(count, !finished);
    }

    /** The key that makes a member's copy of a notice the only one. */
    static String key(long noticeId, long memberId) {
        return "notice:" + noticeId + ":" + memberId;
    }

    private Set<String> alreadyQueued(long noticeId, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select m.dedupKey from MailMessage m where m.dedupKey in :keys", String.class)
                .setParameter("keys", ids.stream().map(member -> key(noticeId, member)).toList())
                .getResultList());
    }
}
