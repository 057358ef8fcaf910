package org.association.events.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CertificateFont;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.events.control.CertificateCode;
import org.association.events.control.CertificateContent;
import org.association.events.control.CertificatePdf;
import org.association.events.control.EventLinks;
import org.association.events.entity.Event;
import org.association.events.entity.Registration;
import org.association.mail.boundary.MailServer;

/**
 * CME certificates: staff issue them to an event's attendees (each gets a random verification code and a mail); anyone
 * with the code reads the certificate's public page and downloads its PDF, drawn anew from the registration.
 */
@Stateless
@PermitAll
public class Certificates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private CertificateFont font;

    @Inject
    private EventMails mails;

    @Inject
    private MailServer server;

    /** Whether certificates can be drawn at all: without a CJK font they cannot. */
    public boolean canMake() {
        return font.path().isPresent();
    }

    /** Issues a certificate to every attendee of the event awarded credits who has none yet; answers how many. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, Role.EVENTS_NAME})
    public int issue(long eventId, String reason) {
        if (!canMake()) {
            throw new BusinessException("error.certificate.noFont");
        }
        Event event = store.find(Event.class, eventId);
        if (event.getCmeCategory() == null || event.getCmePoints() == null) {
            throw new BusinessException("error.certificate.noCredits");
        }
        List<Registration> attendees = em.createQuery("select r from Registration r where r.event = :event"
                + " and r.attended = true and r.cmePoints is not null and r.certificateCode is null order by r.id",
                Registration.class).setParameter("event", event).getResultList();
        for (Registration attendee : attendees) {
            store.change(attendee, "certificate issued", reason,
                    changed -> changed.issueCertificate(CertificateCode.create(), clock.now()));
            mails.certificate(attendee);
        }
        return attendees.size();
    }

    /** The registration whose certificate has the code; nothing for any other text. */
    public Optional<Registration> byCode(String code) {
        if (!CertificateCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r join fetch r.event where r.certificateCode = :code",
                Registration.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The certificate's PDF; nothing for an unknown code, or when no font is found. */
    public Optional<byte[]> pdf(String code) {
        Optional<Path> path = font.path();
        return path.isEmpty() ? Optional.empty() : byCode(code).map(registration -> draw(registration, path.get()));
    }

    private byte[] draw(Registration registration, Path fontPath) {
        Event event = registration.getEvent();
        String code = registration.getCertificateCode();
        try {
            return CertificatePdf.write(new CertificateContent(registration.getName(), event.getTitleZh(), event.getTitleEn(),
                    event.getStartsAt().toLocalDate(), event.getEndsAt().toLocalDate(), registration.getCmeCategory(),
                    registration.getCmePoints(), code, server.siteUrl() + EventLinks.certificate(Language.ZH, code)),
                    fontPath);
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + registration.getId() + " could not be drawn", e);
        }
    }
}
