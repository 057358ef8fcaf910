package org.association.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.EntityStore;
import org.association.common.Like;
import org.association.content.entity.Language;
import org.association.mail.entity.AttachedFile;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.MailRecipient;
import org.association.mail.entity.MailStatus;

/** The mail log for staff: every mail of the outbox, and what staff may do with one (resend, cancel, a test to themselves). */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class MailService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    @Inject
    private CurrentActor actor;

    @Inject
    private AccountService accounts;

    /** A page of the log, newest first. */
    public List<MailMessage> search(MailFilter filter, int first, int max) {
        TypedQuery<MailMessage> query = query("select m from MailMessage m", filter, " order by m.createdAt desc, m.id desc",
                MailMessage.class);
        return query.setFirstResult(first).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count(MailFilter filter) {
        return query("select count(m) from MailMessage m", filter, "", Long.class).getSingleResult();
    }

    public MailMessage find(long id) {
        return store.find(MailMessage.class, id);
    }

    /** The files of a mail, in their order, without their bytes. */
    public List<AttachedFile> attachments(long mailId) {
        return em.createQuery("select new org.association.mail.entity.AttachedFile(a.fileName, a.contentType, a.contentId,"
                        + " a.sizeBytes) from MailAttachment a where a.mailId = :mail order by a.position", AttachedFile.class)
                .setParameter("mail", mailId)
                .getResultList();
    }

    /** Sends a mail again (a failed one, a cancelled one, or a sent one a member did not get), with the same Message-ID. */
    public MailMessage resend(long id, int version) {
        MailMessage mail = store.findCurrent(MailMessage.class, id, version);
        if (mail.getStatus() == MailStatus.QUEUED) {
            throw new BusinessException("error.mail.queued");
        }
        return store.change(mail, "resend", null, again -> {
            again.requeue(clock.now());
            if (!server.isConfigured()) {
                again.note(MailServer.NOT_CONFIGURED);
            }
        });
    }

    /** Keeps a queued mail from being sent. */
    public MailMessage cancel(long id, int version) {
        MailMessage mail = store.findCurrent(MailMessage.class, id, version);
        if (mail.getStatus() != MailStatus.QUEUED) {
            throw new BusinessException("error.mail.notQueued");
        }
        return store.change(mail, "cancel", null, MailMessage::cancel);
    }

    /** A test mail to the signed-in member of staff, at the address of their account, in the language asked for. */
    public MailMessage sendTestToSelf(Language language) {
        Account self = accounts.byUsername(actor.name()).orElseThrow();
        if (self.getEmail() == null) {
            throw new BusinessException("error.mail.noOwnAddress");
        }
        return outbox.queue(new Mail(MailCause.TEST, language, self.getEmail(), self.getDisplayName(), null, Map.of(), null))
                .orElseThrow(() -> new BusinessException("error.mail.address"));
    }

    /** The member's mail settings and the address refused for them, if any. */
    public Optional<MailRecipient> recipient(long memberId) {
        return outbox.find(memberId);
    }

    /** Staff record a member's choice about notices (service mail goes whatever it is). */
    public MailRecipient takeNotices(long memberId, boolean notices) {
        String action = notices ? "notices taken" : "notices declined";
        return store.change(outbox.recipient(memberId, outbox.languageOf(memberId)), action, null,
                recipient -> recipient.setNotices(notices));
    }

    public boolean isServerConfigured() {
        return server.isConfigured();
    }

    private <T> TypedQuery<T> query(String select, MailFilter filter, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            where.add("lower(m.recipient) like :recipient" + Like.ESCAPE);
        }
        if (filter.cause() != null) {
            where.add("m.cause = :cause");
        }
        if (filter.status() != null) {
            where.add("m.status = :status");
        }
        if (filter.memberId() != null) {
            where.add("m.memberId = :member");
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order, type);
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            query.setParameter("recipient", Like.containing(filter.recipient().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.cause() != null) {
            query.setParameter("cause", filter.cause());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.memberId() != null) {
            query.setParameter("member", filter.memberId());
        }
        return query;
    }
}
