package org.association.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.association.common.PlainText;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;

/** An administrator's text for one cause in one language, with placeholders such as {name} (see MailText). */
@Entity
@Table(name = "MAIL_TEMPLATE")
public class MailTemplate extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int BODY_MAX = 20000;

    /** One text per cause and language (the constraint covers both columns). */
    @UniqueKey("MAIL_TEMPLATE_UQ")
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MailCause cause;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private Language language;

    @NotBlank
    @Size(max = MailMessage.SUBJECT_MAX)
    @Column(nullable = false, length = MailMessage.SUBJECT_MAX)
    private String subject;

    @PlainText.MultiLine
    @NotBlank
    @Size(max = BODY_MAX)
    @Lob
    @Column(nullable = false)
    private String body;

    protected MailTemplate() {
    }

    public MailTemplate(MailCause cause, Language language, String subject, String body) {
        this.cause = cause;
        this.language = language;
        this.subject = subject;
        this.body = body;
    }

    public MailCause getCause() {
        return cause;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
