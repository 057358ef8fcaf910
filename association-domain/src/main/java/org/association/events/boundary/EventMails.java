package org.association.events.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.association.content.entity.Language;
import org.association.events.control.EventCalendar;
import org.association.events.control.EventLinks;
import org.association.events.entity.Event;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.mail.boundary.Mail;
import org.association.mail.boundary.MailServer;
import org.association.mail.boundary.Outbox;
import org.association.mail.entity.MailCause;

/**
 * The mails of a registration, queued in the outbox inside the transaction that made or changed it, in the language
 * of the form: confirmed, on the waiting list, promoted from it, the certificate ready. The first three carry the
 * manage link and the address of the event's calendar file, a confirmed place also its check-in code; the last the
 * links under the certificate's code (the outbox sends text mails without attachments).
 */
@Dependent
public class EventMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    @Inject
    private CheckInCodes checkInCodes;

    void registered(Registration registration, String token) {
        queue(switch (registration.getStatus()) {
            case CONFIRMED -> MailCause.EVENT_CONFIRMED;
            case WAITING -> MailCause.EVENT_WAITING;
            case CANCELLED -> throw new IllegalArgumentException("a new registration is not cancelled");
        }, registration, token);
    }

    void promoted(Registration registration, String token) {
        queue(MailCause.EVENT_PROMOTED, registration, token);
    }

    /** The certificate is ready: its PDF and its verification page, both under its random code. */
    void certificate(Registration registration) {
        Language language = registration.getLanguage();
        Map<String, String> values = values(registration);
        values.put("credits", registration.getCmePoints().toPlainString());
        values.put("link", server.siteUrl() + EventLinks.certificatePdf(language, registration.getCertificateCode()));
        values.put("page", server.siteUrl() + EventLinks.certificate(language, registration.getCertificateCode()));
        outbox.queue(new Mail(MailCause.EVENT_CERTIFICATE, language, registration.getEmail(), registration.getName(), null,
                values, null));
    }

    private void queue(MailCause cause, Registration registration, String token) {
        Language language = registration.getLanguage();
        Event event = registration.getEvent();
        Map<String, String> values = values(registration);
        values.put("venue", EventCalendar.where(event, language));
        values.put("type", registration.getType().name(language));
        values.put("link", server.siteUrl() + EventLinks.manage(language, token));
        values.put("calendar", server.siteUrl() + EventLinks.calendar(language, event.getSlug()));
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            values.put("checkin", checkInCodes.checkInCode(registration));
        }
        outbox.queue(new Mail(cause, language, registration.getEmail(), registration.getName(), null, values, null));
    }

    private static Map<String, String> values(Registration registration) {
        Language language = registration.getLanguage();
        Event event = registration.getEvent();
        Map<String, String> values = new HashMap<>();
        values.put("name", registration.getName());
        values.put("event", event.title(language));
        values.put("when", WHEN.format(event.getStartsAt()) + " – " + WHEN.format(event.getEndsAt()));
        return values;
    }
}
