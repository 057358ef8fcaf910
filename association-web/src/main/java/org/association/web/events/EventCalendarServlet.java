package org.association.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.events.boundary.EventRegistrations;
import org.association.events.control.EventCalendar;
import org.association.events.entity.Event;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteRequest;

/**
 * The calendar files: /events/{slug}.ics for one event, /events.ics for every public one. Reached only through the
 * site filter, which has settled the language and found the event; kept in the page cache like the pages.
 */
@WebServlet("/calendars/events")
public class EventCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventRegistrations events;

    @Inject
    private SiteRequest siteRequest;

    @Inject
    private SiteContext site;

    @Inject
    private AssociationClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Event event = siteRequest.getEvent();
        List<Event> shown = event == null ? events.allPublic() : List.of(event);
        String siteUrl = site.absolute("");
        String text = EventCalendar.of(shown, site.getLanguage(), clock.zone(), siteUrl, URI.create(siteUrl).getHost());
        response.setContentType("text/calendar;charset=UTF-8");
        if (event != null) {
            response.setHeader("Content-Disposition", "inline; filename=\"" + event.getSlug() + ".ics\"");
        }
        response.getWriter().write(text);
    }
}
