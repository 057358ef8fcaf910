package org.association.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.LinkedArticle;
import org.association.events.boundary.Registered;
import org.association.events.boundary.RegistrationRefused;
import org.association.events.control.EventLinks;
import org.association.events.entity.Event;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;
import org.association.web.admin.Feedback;
import org.association.web.site.Messages;
import org.association.web.site.Pages;
import org.association.web.site.SiteLinks;

/**
 * /events/{slug}: the event, its registration types with their prices and places, and the registration form, the
 * page's only stateful part: a stateless view like every public page, posting back to the event's address. A reader
 * who registers goes on to the registration's private page.
 */
@Named
@RequestScoped
public class EventBacking extends EventPage {

    static final String FORM = "registration";

    @Inject
    private EventRegistrations registrations;

    @Inject
    private Feedback feedback;

    private Event event;
    private List<RegistrationType> types;
    private List<EventQuestion> questions;
    private final Map<Long, String> answers = new HashMap<>();
    private boolean open;
    private LinkedArticle announcement;
    private LinkedArticle report;
    private final Registration form = new Registration();
    private Long typeId;

    @PostConstruct
    void load() {
        event = request.getEvent();
        types = registrations.types(event.getId());
        questions = registrations.questions(event.getId());
        open = registrations.isOpen(event);
        announcement = registrations.announcement(event.getId(), language()).orElse(null);
        report = registrations.report(event.getId(), language()).orElse(null);
    }

    public void register() throws IOException {
        form.answer(answers);
        try {
            Registered registered = registrations.register(event.getId(), typeId, form, language());
            FacesContext.getCurrentInstance().getExternalContext().redirect(EventLinks.manage(language(), registered.token()));
        } catch (RegistrationRefused refused) {
            feedback.fieldError(refused.getField().isEmpty() ? null : FORM + ":" + refused.getField(), refused.getMessageKey());
        } catch (BusinessException refused) {
            feedback.refused(FORM, refused);
        }
    }

    public Event getEvent() {
        return event;
    }

    public List<RegistrationType> getTypes() {
        return types;
    }

    public List<EventQuestion> getQuestions() {
        return questions;
    }

    /** The form's answers by question id. */
    public Map<Long, String> getAnswers() {
        return answers;
    }

    public LinkedArticle getAnnouncement() {
        return announcement;
    }

    public LinkedArticle getReport() {
        return report;
    }

    public String articleLink(LinkedArticle article) {
        return SiteLinks.article(article.language(), article.channelSlug(), article.publishedAt(), article.slug());
    }

    /** Whether the form is shown: the event takes registrations now and has a type to take. */
    public boolean isOpen() {
        return open && !types.isEmpty();
    }

    public String getDescriptionText() {
        return event.description(language());
    }

    public Registration getForm() {
        return form;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    /** The type as the form offers it: name, price and places. */
    public String option(RegistrationType type) {
        return typeName(type) + " · " + price(type) + " · " + places(type);
    }

    @Override
    public String getTitle() {
        return title(event);
    }

    @Override
    public String getDescription() {
        return title(event) + " · " + when(event);
    }

    @Override
    public String getCanonicalPath() {
        return link(event);
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(EventLinks.event(Language.ZH, event.getSlug()));
    }

    @Override
    public List<Crumb> getCrumbs() {
        return List.of(new Crumb(Messages.text(site.getLocale(), "events.title"), EventLinks.upcoming(language())),
                new Crumb(getTitle(), getCanonicalPath()));
    }
}
