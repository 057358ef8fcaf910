package org.association.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.association.common.PlainText;
import org.association.common.UniqueKey;

/**
 * A file that goes with an outbox mail, written with it and never changed: an attachment, or an image shown inside the
 * mail's HTML under its Content-ID ({@code <img src="cid:…">}). Its name, type and id are single-line plain text, so no
 * header can be injected through them. Read with its bytes only when the mail is sent.
 */
@Entity
@Table(name = "MAIL_ATTACHMENT")
@PlainText
public class MailAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FILE_NAME_MAX = 255;
    public static final int CONTENT_TYPE_MAX = 100;
    public static final int CONTENT_ID_MAX = 100;
    /** A MIME type with parameters (text/calendar; charset=UTF-8; method=PUBLISH), nothing a header could be split on. */
    public static final String CONTENT_TYPE = "[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+(; ?[A-Za-z0-9._-]+=[A-Za-z0-9._-]+)*";
    /** The part of a Content-ID inside its angle brackets, as a {@code cid:} address names it. */
    public static final String CONTENT_ID = "[A-Za-z0-9._-]+(@[A-Za-z0-9.-]+)?";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @NotNull
    @Column(name = "MAIL_ID", nullable = false, updatable = false)
    private Long mailId;

    /** Its place among the mail's files (the constraint covers the mail and the place). */
    @UniqueKey("MAIL_ATTACHMENT_POSITION_UQ")
    @Column(nullable = false, updatable = false)
    private int position;

    @NotBlank
    @Size(max = FILE_NAME_MAX)
    @Column(name = "FILE_NAME", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @NotBlank
    @Size(max = CONTENT_TYPE_MAX)
    @Pattern(regexp = CONTENT_TYPE)
    @Column(name = "CONTENT_TYPE", nullable = false, length = CONTENT_TYPE_MAX, updatable = false)
    private String contentType;

    @Size(max = CONTENT_ID_MAX)
    @Pattern(regexp = CONTENT_ID)
    @Column(name = "CONTENT_ID", length = CONTENT_ID_MAX, updatable = false)
    private String contentId;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private int sizeBytes;

    @NotNull
    @Lob
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private byte[] content;

    protected MailAttachment() {
    }

    public MailAttachment(MailMessage mail, int position, String fileName, String contentType, String contentId,
            byte[] content) {
        this.mailId = mail.getId();
        this.position = position;
        this.fileName = fileName;
        this.contentType = contentType;
        this.contentId = contentId;
        this.sizeBytes = content.length;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Long getMailId() {
        return mailId;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /** The Content-ID of an image shown inside the mail, or null for a file attached to it. */
    public String getContentId() {
        return contentId;
    }

    public boolean isInline() {
        return contentId != null;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
