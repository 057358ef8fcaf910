package org.association.events.control;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.association.content.entity.Language;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;

/**
 * Events as an iCalendar file (RFC 5545) written with ical4j. Times go out in UTC, converted from the association's
 * zone, so that every calendar program places them right without a time-zone definition in the file.
 */
public final class EventCalendar {

    static final String PRODUCT = "-//Association//Events//ZH";

    private EventCalendar() {
    }

    /**
     * @param siteUrl the site's public address, for each event's link and its unique id
     * @param host the site's host name, the domain part of each event's UID
     */
    public static String of(List<Event> events, Language language, ZoneId zone, String siteUrl, String host) {
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT).withDefaults();
        for (Event event : events) {
            calendar.withComponent(component(event, language, zone, siteUrl, host));
        }
        return calendar.toString();
    }

    private static VEvent component(Event event, Language language, ZoneId zone, String siteUrl, String host) {
        VEvent component = new VEvent(utc(event.getStartsAt(), zone), utc(event.getEndsAt(), zone), event.title(language));
        component.withProperty(new Uid("event-" + event.getId() + "@" + host));
        component.withProperty(new Url(URI.create(siteUrl + EventLinks.event(language, event.getSlug()))));
        String where = where(event, language);
        if (!where.isEmpty()) {
            component.withProperty(new Location(where));
        }
        if (event.description(language) != null) {
            component.withProperty(new Description(event.description(language)));
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            component.withProperty(ImmutableStatus.VEVENT_CANCELLED);
        }
        return component;
    }

    /** The venue and address, or the online address when there is no venue. */
    public static String where(Event event, Language language) {
        String venue = event.venue(language);
        String place = venue == null ? "" : venue;
        if (event.getAddress() != null) {
            place = place.isEmpty() ? event.getAddress() : place + ", " + event.getAddress();
        }
        return place.isEmpty() && event.isOnline() ? event.getOnlineUrl() : place;
    }

    private static Instant utc(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }
}
