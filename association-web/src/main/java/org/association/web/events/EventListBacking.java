package org.association.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.association.content.entity.Language;
import org.association.events.boundary.EventRegistrations;
import org.association.events.control.EventLinks;
import org.association.events.entity.Event;
import org.association.web.site.Messages;
import org.association.web.site.Pages;
import org.association.web.site.SiteAddress;

/** /events, the events that have not ended, soonest first; /events/past, the others, latest first. */
@Named
@RequestScoped
public class EventListBacking extends EventPage {

    @Inject
    private EventRegistrations registrations;

    private boolean past;
    private List<Event> events;

    @PostConstruct
    void load() {
        past = request.getAddress().kind() == SiteAddress.Kind.PAST_EVENTS;
        events = past ? registrations.past() : registrations.upcoming();
    }

    public List<Event> getEvents() {
        return events;
    }

    public boolean isPast() {
        return past;
    }

    public String getUpcomingLink() {
        return EventLinks.upcoming(language());
    }

    public String getPastLink() {
        return EventLinks.past(language());
    }

    public String getCalendarFeed() {
        return EventLinks.allCalendar(language());
    }

    @Override
    public String getTitle() {
        return Messages.text(site.getLocale(), past ? "events.past" : "events.title");
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return past ? getPastLink() : getUpcomingLink();
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(past ? EventLinks.past(Language.ZH) : EventLinks.upcoming(Language.ZH));
    }

    @Override
    public List<Crumb> getCrumbs() {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(Messages.text(site.getLocale(), "events.title"), getUpcomingLink()));
        if (past) {
            crumbs.add(new Crumb(getTitle(), getPastLink()));
        }
        return crumbs;
    }
}
