package org.association.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.association.events.boundary.EventService;
import org.association.events.entity.Event;
import org.association.web.admin.Feedback;

/**
 * /admin/events/: every event, the latest first, with links to edit it and to its registrations, and its copy (a new
 * draft, opened in the editor).
 */
@Named
@ViewScoped
public class EventAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private Feedback feedback;

    private List<Event> all;

    @PostConstruct
    void load() {
        all = events.all();
    }

    public void copy(Event event) throws IOException {
        Event copy = events.copy(event.getId(), "copy of " + event.getSlug());
        feedback.info("event.saved", copy.getTitleZh());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().getExternalContext().redirect("edit.xhtml?id=" + copy.getId());
    }

    public List<Event> getAll() {
        return all;
    }
}
