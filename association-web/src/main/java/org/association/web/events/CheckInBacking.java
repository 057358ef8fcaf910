package org.association.web.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.association.common.BusinessException;
import org.association.common.NoSuchEntityException;
import org.association.content.entity.Language;
import org.association.events.boundary.CheckIn;
import org.association.events.boundary.CheckInCount;
import org.association.events.boundary.CheckIns;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.boundary.RegistrationRefused;
import org.association.events.entity.Event;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;
import org.association.web.admin.Feedback;
import org.association.web.site.Messages;

/**
 * /admin/events/check-in.xhtml?id=: the desk at an event, on a phone. Staff find a registration by name or phone, or
 * type (or scan) its check-in code, and check the person in with one tap; the count of who is in against who is
 * registered follows; a walk-in is registered, confirmed and checked in at once. What a check-in did is told in one
 * line beside the code, where the eyes are.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm");
    static final String WALK_IN = "walkin";

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private CheckIns checkIns;

    @Inject
    private Feedback feedback;

    private Long id;
    private Event event;
    private List<RegistrationType> types = List.of();
    private CheckInCount count = new CheckInCount(0, 0);
    private String query;
    private List<Registration> found = List.of();
    private String code;
    private String outcome;
    private boolean refused;
    private Registration walkIn = new Registration();
    private Long walkInTypeId;

    public void load() {
        try {
            event = events.find(id);
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        types = registrations.types(id);
        refreshCount();
    }

    public void refreshCount() {
        count = checkIns.count(id);
    }

    public void search() {
        found = checkIns.search(id, query);
    }

    public void checkIn(Registration registration) {
        try {
            told(checkIns.checkIn(id, registration.getId()));
        } catch (BusinessException refusal) {
            refusedWith(refusal);
        }
        search();
        refreshCount();
    }

    public void checkInByCode() {
        try {
            told(checkIns.checkInByCode(id, code));
            code = null;
        } catch (BusinessException refusal) {
            refusedWith(refusal);
        }
        refreshCount();
    }

    public void registerWalkIn() {
        try {
            // the desk speaks Chinese to a walk-in: their mails (the manage link, later the certificate) come in it
            Registration stored = checkIns.walkIn(id, walkInTypeId, typedWalkIn(), Language.ZH);
            outcome = text("checkIn.walkedIn", stored.getName());
            refused = false;
            walkIn = new Registration();
            walkInTypeId = null;
            types = registrations.types(id);
        } catch (RegistrationRefused refusal) {
            feedback.fieldError(WALK_IN + ":" + refusal.getField(), refusal.getMessageKey());
        } catch (BusinessException refusal) {
            feedback.refused(WALK_IN, refusal);
        }
        refreshCount();
    }

    /** A new record of what was typed: one refused may have been given an id, and the form stays as typed. */
    private Registration typedWalkIn() {
        Registration typed = new Registration();
        typed.setName(walkIn.getName());
        typed.setPhone(walkIn.getPhone());
        typed.setEmail(walkIn.getEmail());
        typed.setInstitution(walkIn.getInstitution());
        return typed;
    }

    private void told(CheckIn checkIn) {
        refused = !checkIn.now();
        outcome = checkIn.now() ? text("checkIn.done", checkIn.name())
                : text("checkIn.already", checkIn.name(), AT.format(checkIn.at()), checkIn.by());
    }

    private void refusedWith(BusinessException refusal) {
        refused = true;
        outcome = text(refusal.getMessageKey(), refusal.getArguments());
    }

    /** How a row of the search shows its check-in: when and by whom, or nothing yet. */
    public String checkedIn(Registration registration) {
        return registration.getCheckedInAt() == null ? ""
                : text("checkIn.checkedInAt", AT.format(registration.getCheckedInAt()), registration.getCheckedInBy());
    }

    private static String text(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text(locale, key, arguments);
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

    public String getCountText() {
        return count.checkedIn() + " / " + count.registered();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Registration> getFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isRefused() {
        return refused;
    }

    public Registration getWalkIn() {
        return walkIn;
    }

    public Long getWalkInTypeId() {
        return walkInTypeId;
    }

    public void setWalkInTypeId(Long walkInTypeId) {
        this.walkInTypeId = walkInTypeId;
    }
}
