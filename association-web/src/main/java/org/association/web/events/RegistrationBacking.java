package org.association.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.RegistrationRefused;
import org.association.events.control.EventLinks;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.web.admin.Feedback;
import org.association.web.site.Messages;
import org.association.web.site.Pages;

/**
 * /events/manage?token=…: one registration, opened by its manage link's token alone, the confirmation of a place
 * offered to it from the waiting list, and its cancellation. Any other
 * text finds nothing (404). Never kept (CachePolicy.keeps), never stored by a browser or told to another site.
 */
@Named
@RequestScoped
public class RegistrationBacking extends EventPage {

    static final String FORM = "manage";

    @Inject
    private EventRegistrations registrations;

    @Inject
    private Feedback feedback;

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private String token;
    private Registration registration;
    private List<EventQuestion> questions = List.of();
    private final Map<Long, String> answers = new HashMap<>();

    /** Reads the token on every request, the cancel's post too (it posts back to the same address). */
    @PostConstruct
    void open() {
        token = Pages.request().getParameter(EventLinks.TOKEN);
        registration = registrations.byToken(token).orElse(null);
        if (registration != null) {
            questions = registrations.questions(registration.getEvent().getId());
            answers.putAll(registration.getAnswers());
        }
    }

    public void load() {
        Pages.keepPrivate();
        if (registration == null) {
            Pages.notFound();
        }
    }

    public void cancel() throws IOException {
        try {
            registrations.cancel(token);
            FacesContext.getCurrentInstance().getExternalContext().redirect(EventLinks.manage(language(), token));
        } catch (BusinessException refused) {
            feedback.error(refused.getMessageKey());
        }
    }

    public void changeAnswers() {
        try {
            registration = registrations.changeAnswers(token, answers);
            answers.clear();
            answers.putAll(registration.getAnswers());
            feedback.info("registration.answersSaved");
        } catch (RegistrationRefused refused) {
            feedback.fieldError(refused.getField().isEmpty() ? null : FORM + ":" + refused.getField(), refused.getMessageKey());
        }
    }

    public void confirm() throws IOException {
        try {
            registrations.confirmOffer(token);
            FacesContext.getCurrentInstance().getExternalContext().redirect(EventLinks.manage(language(), token));
        } catch (BusinessException refused) {
            feedback.error(refused.getMessageKey());
        }
    }

    public Registration getRegistration() {
        return registration;
    }

    /** What the registration's status means for the reader, in a sentence. */
    public String getStatusText() {
        return Messages.text(site.getLocale(), switch (registration.getStatus()) {
            case CONFIRMED -> "registration.confirmed";
            case OFFERED -> "registration.offered";
            case WAITING -> "registration.waiting";
            case CANCELLED -> "registration.cancelled";
        });
    }

    public List<EventQuestion> getQuestions() {
        return questions;
    }

    /** The answers as the form shows them: the registration's, then what the reader sent. */
    public Map<Long, String> getAnswers() {
        return answers;
    }

    /** While offered: past the deadline (before the job passes the offer on) the confirmation is refused with a reason. */
    public boolean isConfirmable() {
        return registration.getStatus() == RegistrationStatus.OFFERED;
    }

    /** Until when an offered place is held, as the page shows times. */
    public String getOfferDeadline() {
        return DEADLINE.format(registration.getOfferExpiresAt());
    }

    public boolean isCancellable() {
        return registration.getStatus() != RegistrationStatus.CANCELLED
                && clock.now().isBefore(registration.getEvent().getStartsAt());
    }

    @Override
    public String getTitle() {
        return Messages.text(site.getLocale(), "registration.title");
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return EventLinks.manage(language(), token);
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(EventLinks.manage(Language.ZH, token));
    }

    @Override
    public List<Crumb> getCrumbs() {
        return List.of(new Crumb(Messages.text(site.getLocale(), "events.title"), EventLinks.upcoming(language())));
    }
}
