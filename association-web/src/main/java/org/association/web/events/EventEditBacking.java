package org.association.web.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.NoSuchEntityException;
import org.association.content.boundary.ArticleRow;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.control.EventLinks;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;
import org.association.events.entity.RegistrationType;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Department;
import org.association.web.admin.Feedback;
import org.association.web.i18n.Labels;

/**
 * /admin/events/edit.xhtml?id=: an event (its status too: publishing is choosing "published" and saving; cancelling
 * is an action of its own, with the reason everyone registered is told) and its registration types. Keeps the copies
 * it loaded, so a save over someone else's is refused.
 */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "event";
    static final String TYPE_FORM = "type";

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private DepartmentService departments;

    @Inject
    private Feedback feedback;

    private Long id;
    private Event event;
    private List<RegistrationType> types = List.of();
    private List<Department> organisers;
    private RegistrationType editingType;
    private String reason;
    private String announcementId;
    private String reportId;
    // what the article fields show for an id: the event's articles and the latest suggestions
    private final Map<String, String> articleLabels = new HashMap<>();
    private String cancellationReason;

    public void load() {
        organisers = departments.all();
        if (id == null) {
            event = Event.blank();
            return;
        }
        try {
            event = events.find(id);
            types = registrations.types(id);
            announcementId = articleField(event.getAnnouncement());
            reportId = articleField(event.getReport());
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() throws IOException {
        boolean created = event.isNew();
        if (!linkArticles()) {
            return;
        }
        try {
            event = created ? events.create(event, reason) : events.update(event, reason);
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
            return;
        }
        reason = null;
        feedback.info("event.saved", event.getTitleZh());
        if (created) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect("edit.xhtml?id=" + event.getId());
        }
    }

    /** The articles whose title holds the text, by id, for the announcement and report fields. */
    public List<String> completeArticle(String text) {
        List<String> ids = new ArrayList<>();
        for (ArticleRow row : events.articlesTitled(text)) {
            String rowId = String.valueOf(row.id());
            articleLabels.put(rowId, label(row.title(), row.publishedAt(), row.status()));
            ids.add(rowId);
        }
        return ids;
    }

    /** An article field's id as the field shows it: title, date and status. */
    public String articleLabel(String articleId) {
        return articleLabels.getOrDefault(articleId, articleId);
    }

    private String articleField(Article article) {
        if (article == null) {
            return null;
        }
        String articleId = String.valueOf(article.getId());
        articleLabels.put(articleId, label(article.getTitle(), article.getPublishedAt(), article.getStatus()));
        return articleId;
    }

    private static String label(String title, LocalDateTime publishedAt, ArticleStatus status) {
        return title + " · " + publishedAt.toLocalDate() + " · " + Labels.label(status);
    }

    /** Links the articles the fields name (none when empty); false, with a message beside the field, for any other text. */
    private boolean linkArticles() {
        Article announcement;
        Article report;
        try {
            announcement = article(announcementId);
        } catch (NumberFormatException | NoSuchEntityException e) {
            feedback.fieldError(FORM + ":announcement", "error.event.article");
            return false;
        }
        try {
            report = article(reportId);
        } catch (NumberFormatException | NoSuchEntityException e) {
            feedback.fieldError(FORM + ":report", "error.event.article");
            return false;
        }
        event.setAnnouncement(announcement);
        event.setReport(report);
        return true;
    }

    private Article article(String articleId) {
        return articleId == null || articleId.isBlank() ? null : events.article(Long.parseLong(articleId.strip()));
    }

    /** The association cancels the event, and everyone registered is told why. */
    public void cancelEvent() {
        try {
            int told = events.cancelEvent(event.getId(), event.getVersion(), cancellationReason);
            feedback.info("event.cancelled.done", told);
        } catch (BusinessException e) {
            feedback.refused("cancelEvent", e);
            return;
        }
        cancellationReason = null;
        event = events.find(event.getId());
    }

    /** The statuses the editor offers: a cancellation is the cancel action's. */
    public List<EventStatus> getStatuses() {
        return Arrays.stream(EventStatus.values())
                .filter(status -> status != EventStatus.CANCELLED || event.getStatus() == EventStatus.CANCELLED).toList();
    }

    public boolean isCancellable() {
        return !event.isNew() && event.getStatus() != EventStatus.CANCELLED;
    }

    public void newType() {
        editingType = new RegistrationType(event);
        editingType.setPosition(types.size());
    }

    public void editType(RegistrationType type) {
        editingType = type;
    }

    public void saveType() {
        try {
            if (editingType.isNew()) {
                events.addType(editingType, null);
            } else {
                events.updateType(editingType, null);
            }
        } catch (EntityAlreadyModifiedException e) {
            feedback.refused(null, e);
            types = registrations.types(event.getId());
            return;
        } catch (BusinessException e) {
            feedback.refused(TYPE_FORM, e);
            return;
        }
        feedback.info("registrationType.saved", editingType.getNameZh());
        editingType = null;
        types = registrations.types(event.getId());
    }

    public void cancelType() {
        editingType = null;
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

    public List<Department> getOrganisers() {
        return organisers;
    }

    public RegistrationType getEditingType() {
        return editingType;
    }

    /** The event's page on the public site (a draft's answers 404 until it is published). */
    public String getPublicLink() {
        return EventLinks.event(Language.ZH, event.getSlug());
    }

    public String getAnnouncementId() {
        return announcementId;
    }

    public void setAnnouncementId(String announcementId) {
        this.announcementId = announcementId;
    }

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
