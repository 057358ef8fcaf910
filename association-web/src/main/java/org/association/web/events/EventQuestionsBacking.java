package org.association.web.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.common.BusinessException;
import org.association.common.NoSuchEntityException;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.entity.Event;
import org.association.events.entity.EventQuestion;
import org.association.web.admin.Feedback;

/**
 * /admin/events/questions.xhtml?id=: the event's own questions on its registration form, added, edited and taken
 * off (until someone answers them). Keeps the copies it loaded, so a save over someone else's is refused.
 */
@Named
@ViewScoped
public class EventQuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "questions";

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private Feedback feedback;

    private Long id;
    private Event event;
    private List<EventQuestion> questions = List.of();
    private EventQuestion editing;

    public void load() {
        try {
            event = events.find(id);
            questions = registrations.questions(id);
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void create() {
        editing = new EventQuestion(event);
        editing.setPosition(questions.size());
    }

    public void edit(EventQuestion question) {
        editing = question;
    }

    public void save() {
        try {
            if (editing.isNew()) {
                events.addQuestion(editing, null);
            } else {
                events.updateQuestion(editing, null);
            }
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
            return;
        }
        feedback.info("question.saved", editing.getTextZh());
        editing = null;
        questions = registrations.questions(id);
    }

    public void remove(EventQuestion question) {
        try {
            events.removeQuestion(question.getId(), question.getVersion(), null);
            feedback.info("question.removed", question.getTextZh());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        editing = null;
        questions = registrations.questions(id);
    }

    public void cancel() {
        editing = null;
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

    public List<EventQuestion> getQuestions() {
        return questions;
    }

    public EventQuestion getEditing() {
        return editing;
    }
}
