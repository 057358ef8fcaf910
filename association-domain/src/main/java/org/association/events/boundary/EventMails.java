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
import org.association.mail.boundary.Mail;
import org.association.mail.boundary.MailServer;
import org.association.mail.boundary.Outbox;
import org.association.mail.entity.MailCause;

/**
 * The mails of a registration, queued in the outbox inside the transaction that made or changed it, in the language
 * of the form: confirmed, on the waiting list, offered a place from it, the certificate ready; and those of the event:
 * the reminder of the day before, the cancellation by the association. The first three carry the manage link and the
 * address of the event's calendar file; the reminder the event's page and calendar file (the manage token is not
 * kept); the certificate's the links under its code (the outbox sends text mails without attachments).
 */
@Dependent
public class EventMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    void registered(Registration registration, String token) {
        queue(switch (registration.getStatus()) {
            case CONFIRMED -> MailCause.EVENT_CONFIRMED;
            case WAITING -> MailCause.EVENT_WAITING;
            case OFFERED, CANCELLED -> throw new IllegalArgumentException("a registration is confirmed or waits");
        }, registration, token);
    }

    /** A place is offered: the manage link is where the person confirms it, until the deadline. */
    void promoted(Registration registration, String token) {
        Map<String, String> values = linked(registration);
        values.put("link", server.siteUrl() + EventLinks.manage(registration.getLanguage(), token));
        values.put("until", WHEN.format(registration.getOfferExpiresAt()));
        queue(MailCause.EVENT_PROMOTED, registration, values, null);
    }

    /** The reminder of the day before, once per registration and start day (the key). */
    void reminder(Registration registration, String once) {
        Map<String, String> values = linked(registration);
        values.put("page", server.siteUrl() + EventLinks.event(registration.getLanguage(), registration.getEvent().getSlug()));
        queue(MailCause.EVENT_REMINDER, registration, values, once);
    }

    /** The association cancelled the event, for the reason it gives. */
    void cancelledByAssociation(Registration registration, String reason) {
        Map<String, String> values = values(registration);
        values.put("reason", reason);
        queue(MailCause.EVENT_CANCELLED, registration, values, null);
    }

    /** The certificate is ready: its PDF and its verification page, both under its random code. */
    void certificate(Registration registration) {
        Language language = registration.getLanguage();
        Map<String, String> values = values(registration);
        values.put("credits", registration.getCmePoints().toPlainString());
        values.put("link", server.siteUrl() + EventLinks.certificatePdf(language, registration.getCertificateCode()));
        values.put("page", server.siteUrl() + EventLinks.certificate(language, registration.getCertificateCode()));
        queue(MailCause.EVENT_CERTIFICATE, registration, values, null);
    }

    private void queue(MailCause cause, Registration registration, String token) {
        Map<String, String> values = linked(registration);
        values.put("link", server.siteUrl() + EventLinks.manage(registration.getLanguage(), token));
        queue(cause, registration, values, null);
    }

    private void queue(MailCause cause, Registration registration, Map<String, String> values, String once) {
        outbox.queue(new Mail(cause, registration.getLanguage(), registration.getEmail(), registration.getName(), null,
                values, once));
    }

    /** The registration's values with the venue, the type and the event's calendar file. */
    private Map<String, String> linked(Registration registration) {
        Language language = registration.getLanguage();
        Event event = registration.getEvent();
        Map<String, String> values = values(registration);
        values.put("venue", EventCalendar.where(event, language));
        values.put("type", registration.getType().name(language));
        values.put("calendar", server.siteUrl() + EventLinks.calendar(language, event.getSlug()));
        return values;
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
