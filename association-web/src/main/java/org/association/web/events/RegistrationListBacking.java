package org.association.web.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.common.NoSuchEntityException;
import org.association.events.boundary.Certificates;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.control.EventLinks;
import org.association.events.control.RegistrationRow;
import org.association.events.entity.Event;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;
import org.association.web.admin.Feedback;

/**
 * /admin/events/registrations.xhtml?id=: an event's registrations, filtered by status and type, and per type the
 * places against its capacity and the length of its waiting list; after the event, the attendance per confirmed
 * registration (which awards the event's CME credits) and the attendees' certificates; what each has paid against
 * its price, and the table as a file. The changes to one registration are {@link RegistrationActionBacking}'s.
 */
@Named
@ViewScoped
public class RegistrationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private Certificates certificates;

    @Inject
    private Feedback feedback;

    private Long id;
    private Event event;
    private List<RegistrationType> types = List.of();
    private Map<Long, Long> waiting = Map.of();
    private List<Registration> list = List.of();
    private Map<Long, Boolean> attended = new HashMap<>();
    private Map<Long, RegistrationRow> rows = Map.of();
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
        List<RegistrationRow> found = events.rows(id, status, typeId);
        list = found.stream().map(RegistrationRow::registration).toList();
        rows = new HashMap<>();
        found.forEach(row -> rows.put(row.registration().getId(), row));
        attended = new HashMap<>();
        list.forEach(registration -> attended.put(registration.getId(), registration.isPresumedAttended()));
    }

    /** Saves the attendance ticked or unticked in the registration's row. */
    public void attend(Registration registration) {
        try {
            events.attend(registration.getId(), attended.get(registration.getId()), "attendance");
            feedback.info("registrations.attendanceSaved", registration.getName());
        } catch (BusinessException refused) {
            feedback.error(refused.getMessageKey());
        }
        filter();
    }

    /** Confirms the attendance of everyone checked in and not yet decided on. */
    public void attendFromCheckIns() {
        feedback.info("registrations.attendedFromCheckIns", events.attendFromCheckIns(id, "from the check-ins"));
        filter();
    }

    public void issueCertificates() {
        try {
            feedback.info("certificate.issued", certificates.issue(id, "certificates issued"));
        } catch (BusinessException refused) {
            feedback.error(refused.getMessageKey());
        }
        filter();
    }

    public boolean isCertificatesPossible() {
        return certificates.canMake();
    }

    /** A registration's certificate page, to open from the row. */
    public String certificateLink(Registration registration) {
        return EventLinks.certificate(registration.getLanguage(), registration.getCertificateCode());
    }

    /** The registration's payments against its price. */
    public RegistrationRow payments(Registration registration) {
        return rows.get(registration.getId());
    }

    /** The file of the table as filtered now: /admin/events/registrations/export?id=&format=csv|xlsx&status=&type=. */
    public String exportLink(String format) {
        return "registrations/export?id=" + id + "&format=" + format + (status == null ? "" : "&status=" + status.name())
                + (typeId == null ? "" : "&type=" + typeId);
    }

    public Map<Long, Boolean> getAttended() {
        return attended;
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
