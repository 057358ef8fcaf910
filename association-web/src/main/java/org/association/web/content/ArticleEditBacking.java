package org.association.web.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.NoSuchEntityException;
import org.association.content.boundary.ArticleRow;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Attachment;
import org.association.content.entity.Channel;
import org.association.content.entity.Language;
import org.association.web.account.ActiveUser;
import org.association.web.admin.Feedback;
import org.association.web.site.SiteLinks;
import org.primefaces.event.FileUploadEvent;

/**
 * Writing an article: its fields, a rich-text body (sanitized when saved), photos and files (several
 * at once, up to 10 MB each, checked by content), captions and the cover, and its status: draft,
 * published, scheduled for its add-time, archived. The view keeps the copy it loaded, so an edit made
 * meanwhile by someone else is not overwritten.
 */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "article";

    @Inject
    private ArticleService articles;

    @Inject
    private AttachmentService attachments;

    @Inject
    private ChannelService channels;

    @Inject
    private AssociationClock clock;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Feedback feedback;

    private Long id;
    private Article article;
    private Long translationId;
    private boolean conflict;
    private List<Attachment> attachmentList;
    private List<Channel> channelList;
    /** The articles of the other language this one may be a translation of, for the article's language. */
    private List<ArticleRow> translationCandidates;

    public void load() throws IOException {
        channelList = channels.all();
        if (id == null) {
            Channel first = channelList.stream().filter(channel -> channel.getKind().name().equals("ARTICLES")).findFirst()
                    .orElse(channelList.get(0));
            article = new Article(first, Language.ZH, null, null, activeUser.getDisplayName(), clock.now());
            languageChanged();
            return;
        }
        try {
            article = articles.find(id);
            translationId = article.getTranslation() == null ? null : article.getTranslation().getId();
            languageChanged();
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void saveDraft() throws IOException {
        save(ArticleStatus.DRAFT);
    }

    public void publish() throws IOException {
        save(ArticleStatus.PUBLISHED);
    }

    public void schedule() throws IOException {
        save(ArticleStatus.SCHEDULED);
    }

    public void archive() throws IOException {
        save(ArticleStatus.ARCHIVED);
    }

    private void save(ArticleStatus status) throws IOException {
        boolean created = article.isNew();
        ArticleStatus before = article.getStatus();
        article.setTranslation(translationId == null ? null : articles.find(translationId));
        try {
            article = articles.save(article, status, null);
            attachmentList = null;
        } catch (EntityAlreadyModifiedException e) {
            conflict = true;
            refused(before, e);
            return;
        } catch (BusinessException e) {
            refused(before, e);
            return;
        }
        feedback.info("article.saved." + status.name(), article.getTitle());
        if (created) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect("edit.xhtml?id=" + article.getId());
        }
    }

    /** The page keeps showing the status the article still has; the editor's text stays for another try. */
    private void refused(ArticleStatus before, BusinessException e) {
        article.setStatus(before);
        feedback.refused(FORM, e);
    }

    public void reload() {
        article = articles.find(article.getId());
        translationId = article.getTranslation() == null ? null : article.getTranslation().getId();
        languageChanged();
        conflict = false;
        feedback.info("article.reloaded");
    }

    /** One uploaded file; the upload component calls this once per file, however many were chosen. */
    public void upload(FileUploadEvent event) {
        try {
            attachments.attach(article.getId(), event.getFile().getFileName(), event.getFile().getContent(), null);
            refresh();
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public void saveCaption(Attachment attachment) {
        try {
            attachments.caption(attachment.getId(), attachment.getVersion(), attachment.getCaption());
            refresh();
            feedback.info("article.captionSaved", attachment.getFileName());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public void useAsCover(Attachment attachment) throws IOException {
        article.setCover(attachment);
        save(article.getStatus());
    }

    /** Puts a photo into the text where the editor continues writing: at its end. */
    public void insertIntoBody(Attachment photo) {
        String image = "<p><img src=\"" + SiteLinks.file(photo.getId(), photo.getFileName()) + "\" alt=\""
                + (photo.getCaption() == null ? "" : photo.getCaption().replace("\"", "&quot;").replace("<", "&lt;")) + "\"></p>";
        article.setBody((article.getBody() == null ? "" : article.getBody()) + image);
    }

    public void deleteAttachment(Attachment attachment) {
        try {
            attachments.delete(attachment.getId(), attachment.getVersion());
            if (attachment.equals(article.getCover())) {
                article.setCover(null);
            }
            refresh();
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    /**
     * Reads the attachments again after one changed. The article itself keeps its version (its row does not
     * change), so the editor's unsaved text stays as it is.
     */
    private void refresh() {
        attachmentList = attachments.of(article);
    }

    public List<Attachment> getAttachments() {
        if (attachmentList == null) {
            attachmentList = article == null || article.isNew() ? List.of() : attachments.of(article);
        }
        return attachmentList;
    }

    /** Reads the candidate translations again when the language is chosen (and when the article is loaded). */
    public void languageChanged() {
        translationCandidates = articles.translationCandidates(article.getLanguage());
    }

    public List<Channel> getChannels() {
        return channelList;
    }

    public List<ArticleRow> getTranslationCandidates() {
        return translationCandidates;
    }

    public String getPublicLink() {
        return article.isPublished()
                ? SiteLinks.article(article.getLanguage(), article.getChannel().getSlug(), article.getPublishedAt(),
                article.getSlug()) : null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Article getArticle() {
        return article;
    }

    public Long getTranslationId() {
        return translationId;
    }

    public void setTranslationId(Long translationId) {
        this.translationId = translationId;
    }

    public boolean isConflict() {
        return conflict;
    }
}
