package org.association.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.association.common.BusinessException;
import org.association.common.NoSuchEntityException;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.mail.boundary.NoticeService;
import org.association.mail.control.MailText;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.Notice;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Department;
import org.association.web.admin.Feedback;
import org.association.web.site.Messages;
import org.association.web.site.SiteLinks;
import org.association.web.site.SiteUrl;

/** A notice being written: its text per language, its segment with the count and a sample, a test to oneself, sending. */
@Named
@ViewScoped
public class NoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "notice";

    @Inject
    private NoticeService notices;

    @Inject
    private DepartmentService departments;

    @Inject
    private Feedback feedback;

    @Inject
    private PublishedArticles articles;

    @Inject
    private SiteUrl siteUrl;

    private Long id;
    private Long articleId;
    private Notice notice;
    private Long recipients;
    private List<String> sample;
    private Language testLanguage = Language.ZH;
    private LocalDateTime sendAt;
    private List<Department> departmentList;

    public void load() throws IOException {
        if (id == null) {
            notice = new Notice();
            if (articleId != null) {
                articles.byId(articleId).ifPresent(this::fromArticle);
            }
            return;
        }
        try {
            notice = notices.find(id);
            sendAt = notice.getSendAt();
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Prefilled from a published article and its published translation: the title, the summary and the link to it. */
    private void fromArticle(Article article) {
        notice.setArticleId(article.getId());
        write(article);
        if (article.getTranslation() != null) {
            articles.byId(article.getTranslation().getId()).ifPresent(this::write);
        }
    }

    private void write(Article article) {
        String link = siteUrl.absolute(SiteLinks.article(article.getLanguage(), article.getChannel().getSlug(),
                article.getPublishedAt(), article.getSlug()));
        String readOn = Messages.text(article.getLanguage().locale(), "notice.articleLink");
        String body = (article.getSummary() == null ? "" : "<p>" + MailText.html(article.getSummary()) + "</p>")
                + "<p>" + MailText.html(readOn) + " <a href=\"" + MailText.html(link) + "\">" + MailText.html(link) + "</a></p>";
        if (article.getLanguage() == Language.EN) {
            notice.setSubjectEn(article.getTitle());
            notice.setBodyEn(body);
        } else {
            notice.setSubjectZh(article.getTitle());
            notice.setBodyZh(body);
        }
    }

    public void save() throws IOException {
        if (stored()) {
            feedback.info("notice.saved");
            redirectIfNew();
        }
    }

    /** The members the segment holds now, and the first of them. */
    public void count() {
        recipients = notices.count(notice.segment());
        sample = notices.sample(notice.segment());
    }

    public void sendTest() {
        try {
            MailMessage test = notices.sendTestToSelf(notice, testLanguage);
            feedback.info("notice.testQueued", test.getRecipient());
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
        }
    }

    public void send() throws IOException {
        if (stored() && going(() -> notices.send(notice.getId(), notice.getVersion()))) {
            feedback.info("notice.sending");
        }
    }

    public void schedule() throws IOException {
        if (stored() && going(() -> notices.schedule(notice.getId(), notice.getVersion(), sendAt))) {
            feedback.info("notice.scheduled", notice.getSendAt().toString().replace('T', ' '));
        }
    }

    public void cancel() {
        try {
            notice = notices.cancel(notice.getId(), notice.getVersion());
            feedback.info("notice.cancelled");
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
        }
    }

    private boolean stored() {
        try {
            notice = notices.save(notice, null);
            return true;
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
            return false;
        }
    }

    private boolean going(Supplier<Notice> step) throws IOException {
        try {
            notice = step.get();
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
            return false;
        }
        redirectIfNew();
        return true;
    }

    /** A notice saved for the first time gets its own address, so a reload shows it. */
    private void redirectIfNew() throws IOException {
        if (id == null) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect("notice.xhtml?id=" + notice.getId());
        }
    }

    public List<Department> getDepartments() {
        if (departmentList == null) {
            departmentList = departments.all();
        }
        return departmentList;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }

    public Notice getNotice() {
        return notice;
    }

    public Long getRecipients() {
        return recipients;
    }

    public List<String> getSample() {
        return sample;
    }

    public Language getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(Language testLanguage) {
        this.testLanguage = testLanguage;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }
}
