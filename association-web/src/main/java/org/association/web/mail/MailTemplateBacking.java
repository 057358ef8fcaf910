package org.association.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.mail.boundary.MailTemplates;
import org.association.mail.control.MailText;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailTemplate;
import org.association.web.admin.Feedback;

/** An administrator edits the text of one cause in one language, with a preview filled with sample values. */
@Named
@ViewScoped
public class MailTemplateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "template";

    /** What the preview fills the placeholders with. */
    static final Map<String, String> SAMPLE = Map.of("name", "王芳", "memberNumber", "M000123", "paidUpUntil",
            LocalDate.of(2027, 6, 30).toString(), "reason", "理事会决定 / council decision", "siteUrl", "https://example.org/",
            "link", "https://example.org/join", "count", "3", "list", "2027-06-30  M000123  王芳  028-85123456");

    @Inject
    private MailTemplates templates;

    @Inject
    private Feedback feedback;

    private MailCause cause = MailCause.APPLICATION_RECEIVED;
    private Language language = Language.ZH;
    private MailTemplate template;
    private String[] preview;

    @PostConstruct
    void create() {
        load();
    }

    /** Loads the text of the cause and language chosen. */
    public void load() {
        template = templates.text(cause, language);
        preview = null;
    }

    public void preview() {
        preview = templates.preview(template, SAMPLE);
    }

    public void save() {
        try {
            template = templates.save(template, "template edited");
            feedback.info("mail.templateSaved");
            preview();
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
        }
    }

    public void reset() {
        templates.reset(cause, language, "template reset");
        load();
        feedback.info("mail.templateReset");
    }

    public String getPlaceholders() {
        return "{" + String.join("} {", MailText.PLACEHOLDERS) + "}";
    }

    /** The causes written from a template (a notice is written by staff). */
    public List<MailCause> getCauses() {
        return Arrays.stream(MailCause.values()).filter(MailCause::isTemplated).toList();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public MailCause getCause() {
        return cause;
    }

    public void setCause(MailCause cause) {
        this.cause = cause;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public MailTemplate getTemplate() {
        return template;
    }

    public String[] getPreview() {
        return preview;
    }
}
