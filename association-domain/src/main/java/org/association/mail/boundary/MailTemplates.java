package org.association.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.mail.control.MailText;
import org.association.mail.control.ShippedTemplates;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailTemplate;

/** The texts of the mails: an administrator's, where one was saved, else the shipped one. Every change is audited. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MailTemplates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    /** The text mails of that cause and language are written from now: saved, or shipped (then new and unsaved). */
    @PermitAll
    public MailTemplate text(MailCause cause, Language language) {
        return saved(cause, language).orElseGet(() -> {
            ShippedTemplates.Text shipped = ShippedTemplates.of(cause, language);
            return new MailTemplate(cause, language, shipped.subject(), shipped.body());
        });
    }

    /** Saves an administrator's text: the first time as a new record, then as an edit of the one loaded. */
    public MailTemplate save(MailTemplate template, String reason) {
        template.setSubject(MailText.headerLine(template.getSubject(), 200));
        return template.isNew() ? store.create(template, reason) : store.update(template, reason);
    }

    /** Back to the shipped text. */
    public void reset(MailCause cause, Language language, String reason) {
        saved(cause, language).ifPresent(template -> store.remove(template, reason));
    }

    /** The subject and body as a recipient would read them, with the values given. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
    public String[] preview(MailTemplate template, Map<String, String> values) {
        return new String[] {MailText.headerLine(MailText.fill(template.getSubject(), values), 200),
                MailText.fill(template.getBody(), values)};
    }

    private Optional<MailTemplate> saved(MailCause cause, Language language) {
        return em.createQuery("select t from MailTemplate t where t.cause = :cause and t.language = :language",
                MailTemplate.class)
                .setParameter("cause", cause)
                .setParameter("language", language)
                .getResultStream()
                .findFirst();
    }
}
