package org.association.events.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.association.mail.boundary.Mail;
import org.junit.jupiter.api.Test;

class EventMailsTest {

    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

    @Test
    void aConfirmationCarriesTheCalendarFileNamedByTheSlug() {
        List<Mail.Attachment> files = EventMails.confirmationFiles("meeting-2026", CALENDAR, Optional.empty());
        assertEquals(1, files.size());
        assertEquals("meeting-2026.ics", files.get(0).fileName());
        assertEquals("text/calendar; charset=UTF-8; method=PUBLISH", files.get(0).contentType());
        assertNull(files.get(0).contentId());
        assertArrayEquals(CALENDAR.getBytes(StandardCharsets.UTF_8), files.get(0).bytes());
    }

    @Test
    void anImageGivenGoesInsideTheMailUnderItsContentId() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        List<Mail.Attachment> files = EventMails.confirmationFiles("meeting-2026", CALENDAR, Optional.of(png));
        assertEquals(List.of("meeting-2026.ics", "meeting-2026.png"), files.stream().map(Mail.Attachment::fileName).toList());
        assertEquals(EventMails.IMAGE_ID, files.get(1).contentId());
        assertEquals("image/png", files.get(1).contentType());
        assertArrayEquals(png, files.get(1).bytes());
    }
}
