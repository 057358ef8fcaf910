package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.association.content.entity.Language;
import org.association.events.entity.Event;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    @Test
    void anEventIsWrittenInUtcAndReadsBackWithItsTextsInTheLanguage() throws Exception {
        Event event = new Event("cardiology-2027", "心血管年会", "Cardiology meeting", LocalDateTime.of(2027, 4, 17, 9, 0),
                LocalDateTime.of(2027, 4, 18, 17, 30));
        event.setVenueZh("高新会议中心");
        event.setVenueEn("High-tech Conference Centre");
        event.setAddress("天府大道 1 号");
        String text = EventCalendar.of(List.of(event), Language.EN, ZoneId.of("Asia/Shanghai"), "https://site.example",
                "site.example");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent read = events.get(0);
        assertEquals("Cardiology meeting", read.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("20270417T010000Z", read.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20270418T093000Z", read.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals("High-tech Conference Centre, 天府大道 1 号", read.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("https://site.example/en/events/cardiology-2027", read.getProperty(Property.URL).orElseThrow().getValue());
        assertTrue(read.getProperty(Property.UID).orElseThrow().getValue().endsWith("@site.example"));
        assertEquals(Instant.parse("2027-04-17T01:00:00Z"), Instant.from(read.getStartDate().orElseThrow().getDate()));
    }

    @Test
    void anOnlineEventWithoutAVenueIsPlacedAtItsAddress() {
        Event event = new Event("webinar", "线上讲座", "Webinar", LocalDateTime.of(2027, 1, 1, 19, 0),
                LocalDateTime.of(2027, 1, 1, 20, 0));
        event.setOnlineUrl("https://meeting.example/123");
        assertEquals("https://meeting.example/123", EventCalendar.where(event, Language.ZH));
    }
}
