package org.association.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.events.boundary.EventService;
import org.association.events.entity.Event;

/** /admin/events/: every event, the latest first, with links to edit it and to its registrations. */
@Named
@ViewScoped
public class EventAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    private List<Event> all;

    @PostConstruct
    void load() {
        all = events.all();
    }

    public List<Event> getAll() {
        return all;
    }
}
