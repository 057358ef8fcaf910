package org.association.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.mail.control.MailText;
import org.association.mail.control.NoticeMail;
import org.association.mail.entity.MailAttachment;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.MailRecipient;
import org.association.mail.entity.MailTemplate;

/**
 * Puts mails into the outbox, inside the caller's transaction: a change that rolls back takes its mails with
 * it. Each mail is written from its template in the recipient's language, its subject and name made one clean
 * line; an address that is not one is not queued. Its files are written with it (the mail's audit entry counts them;
 * their bytes stay out of the audit log). The sender (MailSchedule) sends them.
 */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private MailTemplates templates;

    @Inject
    private MailServer server;

    /** Queues the mail; empty when its address is not one, or when a mail with its once-key exists already. */
    public Optional<MailMessage> queue(Mail mail) {
        if (!MailText.isAddress(mail.address())) {
            LOG.warning(() -> "Not queued (" + mail.cause() + "): not an address: " + MailText.headerLine(mail.address(), 254));
            return Optional.empty();
        }
        if (mail.once() != null && exists(mail.once())) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>(mail.values());
        values.putIfAbsent("siteUrl", server.siteUrl() + "/");
        values.putIfAbsent("name", mail.name());
        MailTemplate template = templates.text(mail.cause(), mail.language());
        MailMessage message = new MailMessage(mail.cause(), mail.language(), mail.address(), MailText.headerLine(mail.name(),
                100),
                mail.memberId(), MailText.headerLine(MailText.fill(template.getSubject(), values), MailMessage.SUBJECT_MAX),
                MailText.fill(template.getBody(), values), clock.now());
        if (mail.once() != null) {
            message.once(mail.once());
        }
        if (!server.isConfigured()) {
            message.note(MailServer.NOT_CONFIGURED);
        }
        MailMessage stored = store.create(message.attached(mail.attachments().size()), mail.cause().name().toLowerCase(
                Locale.ROOT));
        List<Mail.Attachment> files = mail.attachments();
        for (int position = 0; position < files.size(); position++) {
            Mail.Attachment file = files.get(position);
            MailAttachment attachment = new MailAttachment(stored, position, file.fileName(), file.contentType(),
                    file.contentId(), file.bytes());
            store.validate(attachment);
            em.persist(attachment);
        }
        if (!files.isEmpty()) {
            // written now, as the mail was, so that a refusal surfaces to the caller and not at the commit
            store.flush();
        }
        return Optional.of(stored);
    }

    /** Queues one recipient's copy of a notice, made once by its key; empty when the address is not one. */
    public Optional<MailMessage> queueNotice(NoticeMail notice, Language language, String address, String name, Long memberId,
            String once, String unsubscribeUrl) {
        if (!MailText.isAddress(address)) {
            return Optional.empty();
        }
        MailMessage message = new MailMessage(MailCause.NOTICE, language, address, MailText.headerLine(name, 100), memberId,
                notice.subject(), notice.text(), clock.now()).notice(notice.html(), unsubscribeUrl);
        if (once != null) {
            message.once(once);
        }
        if (!server.isConfigured()) {
            message.note(MailServer.NOT_CONFIGURED);
        }
        return Optional.of(store.create(message, "notice"));
    }

    public boolean exists(String once) {
        return !em.createQuery("select m.id from MailMessage m where m.dedupKey = :key", Long.class).setParameter("key", once)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Enabled staff accounts of a role that have an address: who is told of new applications, who gets the digest. */
    public List<Account> staff(Role role) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role and a.enabled = true"
                        + " and a.email is not null order by a.username", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** The member's mail settings, made (in the language given) if the member has none yet. */
    public MailRecipient recipient(long memberId, Language language) {
        return find(memberId).orElseGet(() -> store.create(new MailRecipient(memberId, language), "first mail"));
    }

    public Optional<MailRecipient> find(long memberId) {
        return em.createQuery("select r from MailRecipient r where r.memberId = :member", MailRecipient.class)
                .setParameter("member", memberId).getResultStream().findFirst();
    }

    /** The language mail to the member is written in: the one they applied in, Chinese when unknown. */
    public Language languageOf(long memberId) {
        return find(memberId).map(MailRecipient::getLanguage).orElse(Language.ZH);
    }
}
