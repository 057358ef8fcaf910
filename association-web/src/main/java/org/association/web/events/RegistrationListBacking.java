package org.association.web.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.association.common.NoSuchEntityException;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.entity.Event;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;

/**
 * /admin/events/registrations.xhtml?id=: an event's registrations, filtered by status and type, and per type the
 * places against its capacity and the length of its waiting list.
 */
@Named
@ViewScoped
public class RegistrationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    private Long id;
    private Event event;
    private List<RegistrationType> types = List.of();
    private Map<Long, Long> waiting = Map.of();
    private List<Registration> list = List.of();
    private RegistrationStatus status;
    private Long typeId;

    public void load() {
        try {
            event = events.find(id);
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        filter();
    }

    /** Reads the counts and the table again, with the filter as it is now. */
    public void filter() {
        types = registrations.types(id);
        waiting = events.waitingPerType(id);
        list = events.registrations(id, status, typeId);
    }

    public long waitingFor(RegistrationType type) {
        return waiting.getOrDefault(type.getId(), 0L);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    public List<RegistrationType> getTypes() {
        return types;
    }

    public List<Registration> getList() {
        return list;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }
}
