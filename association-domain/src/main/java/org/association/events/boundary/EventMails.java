package org.association.events.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.common.AssociationClock;
import org.association.common.QrCode;
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
 * of the form: confirmed, on the waiting list, offered a place from it, the certificate ready; and those of the event:
 * the reminder of the day before, the cancellation by the association. The first three carry the manage link and the
 * address of the event's calendar file, and a confirmation also the calendar file itself and the check-in code, as
 * text and as a QR code shown in the mail; the reminder the event's page and calendar file (the manage token is not
 * kept); the certificate's the links under its code.
 */
@Dependent
public class EventMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The calendar file as calendar programs take it from a mail (RFC 6047: a published event, not an invitation). */
    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    /** The content id a confirmation shows its image by: {@code <img src="cid:registration-image">}. */
    static final String IMAGE_ID = "registration-image";

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    @Inject
    private CheckInCodes checkInCodes;

    @Inject
    private AssociationClock clock;

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

    /** A registration's mail with its manage link; a confirmed place's also with its check-in code and files. */
    private void queue(MailCause cause, Registration registration, String token) {
        Map<String, String> values = linked(registration);
        values.put("link", server.siteUrl() + EventLinks.manage(registration.getLanguage(), token));
        List<Mail.Attachment> files = List.of();
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            Event event = registration.getEvent();
            String code = checkInCodes.checkInCode(registration);
            values.put("checkin", code);
            files = confirmationFiles(event.getSlug(), calendar(event, registration.getLanguage()),
                    Optional.of(QrCode.png(code)));
        }
        outbox.queue(new Mail(cause, registration.getLanguage(), registration.getEmail(), registration.getName(), null,
                values, null, files));
    }

    private void queue(MailCause cause, Registration registration, Map<String, String> values, String once) {
        outbox.queue(new Mail(cause, registration.getLanguage(), registration.getEmail(), registration.getName(), null,
                values, once));
    }

    /** The event's calendar file as /events/{slug}.ics serves it in that language, with the same UID. */
    private String calendar(Event event, Language language) {
        String siteUrl = server.siteUrl();
        return EventCalendar.of(List.of(event), language, clock.zone(), siteUrl, URI.create(siteUrl).getHost());
    }

    /**
     * The files of a confirmation: the event's calendar file named by its slug and, when there is one, a PNG shown inside
     * the mail under {@link #IMAGE_ID}.
     */
    static List<Mail.Attachment> confirmationFiles(String slug, String calendar, Optional<byte[]> png) {
        Mail.Attachment ics = Mail.Attachment.file(slug + ".ics", CALENDAR_TYPE, calendar.getBytes(StandardCharsets.UTF_8));
        return png.map(image -> List.of(ics, Mail.Attachment.inline(IMAGE_ID, slug + ".png", "image/png", image)))
                .orElseGet(() -> List.of(ics));
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
