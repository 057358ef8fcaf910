package org.association.web.events;

import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.association.common.AssociationClock;
import org.association.content.entity.Language;
import org.association.events.control.EventCalendar;
import org.association.events.control.EventLinks;
import org.association.events.entity.Event;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.RegistrationType;
import org.association.web.site.Messages;
import org.association.web.site.PublicPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;
import org.association.web.site.SiteRequest;

/** What the public event pages share: an event's texts, times, place, types' prices and places, in the reader's language. */
public abstract class EventPage implements PublicPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    protected SiteContext site;

    @Inject
    protected SiteRequest request;

    @Inject
    protected AssociationClock clock;

    protected Language language() {
        return site.getLanguage();
    }

    public String title(Event event) {
        return event.title(language());
    }

    public String link(Event event) {
        return EventLinks.event(language(), event.getSlug());
    }

    public String calendarLink(Event event) {
        return EventLinks.calendar(language(), event.getSlug());
    }

    /** Start and end; the end's time only when it ends on its first day. */
    public String when(Event event) {
        boolean oneDay = event.getStartsAt().toLocalDate().equals(event.getEndsAt().toLocalDate());
        return WHEN.format(event.getStartsAt()) + " – " + (oneDay ? TIME : WHEN).format(event.getEndsAt());
    }

    public String where(Event event) {
        return EventCalendar.where(event, language());
    }

    public String organiser(Event event) {
        return event.organiserName(language(), Messages.text(site.getLocale(), "site.name"));
    }

    public String typeName(RegistrationType type) {
        return type.name(language());
    }

    /** The price of a registration made today: free, or the amount in yuan. */
    public String price(RegistrationType type) {
        BigDecimal price = type.priceOn(clock.today());
        return price.signum() == 0 ? Messages.text(site.getLocale(), "event.free")
                : "¥" + price.stripTrailingZeros().toPlainString();
    }

    /** The places left, "no limit", or "full: waiting list". */
    public String places(RegistrationType type) {
        if (type.getCapacity() == null) {
            return Messages.text(site.getLocale(), "event.places.unlimited");
        }
        return type.isFull() ? Messages.text(site.getLocale(), "event.places.full")
                : Messages.text(site.getLocale(), "event.places.left", type.remaining());
    }

    public String questionText(EventQuestion question) {
        return question.text(language());
    }

    /** What a choice or a yes-or-no offers, each as it is kept and as the reader reads it. */
    public List<SelectItem> options(EventQuestion question) {
        return question.offered().stream().map(answer -> new SelectItem(answer, question.answerText(answer, language())))
                .toList();
    }

    public String answerText(EventQuestion question, Map<Long, String> answers) {
        return question.answerText(answers.get(question.getId()), language());
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(language(), null);
    }
}
