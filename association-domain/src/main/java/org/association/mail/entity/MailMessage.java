package org.association.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;
import org.association.common.PlainText;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;

/**
 * One mail of the outbox, written in the transaction of the change that causes it. Its Message-ID is made
 * once, here, and goes with every attempt, so a copy sent twice (a crash between the server's acceptance and
 * the commit that records it) carries the same id. Subject and recipient are single-line plain text (the
 * record's {@link PlainText} check), so no header can be injected through them.
 */
@Entity
@Table(name = "MAIL_MESSAGE")
public class MailMessage extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_MAX = 200;
    public static final int ERROR_MAX = 500;
    public static final int ADDRESS_MAX = 254;
    public static final int UNSUBSCRIBE_MAX = 500;

    @NotBlank
    @Email
    @Size(max = ADDRESS_MAX)
    @Column(nullable = false, length = ADDRESS_MAX)
    private String recipient;

    @Size(max = 100)
    @Column(name = "RECIPIENT_NAME", length = 100)
    private String recipientName;

    @Column(name = "MEMBER_ID")
    private Long memberId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailCause cause;

    @NotBlank
    @Size(max = SUBJECT_MAX)
    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @PlainText.MultiLine
    @NotNull
    @Lob
    @Column(nullable = false)
    private String body;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Size(max = ERROR_MAX)
    @Column(name = "LAST_ERROR", length = ERROR_MAX)
    private String lastError;

    @NotNull
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "CLAIMED_BY", length = 100)
    private String claimedBy;

    @Column(name = "LEASE_UNTIL")
    private LocalDateTime leaseUntil;

    @Column(name = "SENT_AT")
    private LocalDateTime sentAt;

    @UniqueKey("MAIL_MESSAGE_ID_UQ")
    @Column(name = "MESSAGE_ID", nullable = false, length = 100, updatable = false)
    private String messageId;

    @UniqueKey("MAIL_DEDUP_UQ")
    @Column(name = "DEDUP_KEY", length = 100, updatable = false)
    private String dedupKey;

    /** The same text as HTML (a notice's sanitized body), sent as the alternative to the plain text; or null. */
    @PlainText.MultiLine
    @Lob
    @Column(name = "HTML_BODY", updatable = false)
    private String htmlBody;

    /** Where the recipient unsubscribes from notices with one click (RFC 8058), or null for a service mail. */
    @Size(max = UNSUBSCRIBE_MAX)
    @Column(name = "UNSUBSCRIBE_URL", length = UNSUBSCRIBE_MAX, updatable = false)
    private String unsubscribeUrl;

    /** How many files go with it (MailAttachment): the sender reads them only for a mail that has some. */
    @Column(nullable = false, updatable = false)
    private int attachments;

    protected MailMessage() {
    }

    public MailMessage(MailCause cause, Language language, String recipient, String recipientName, Long memberId, String subject,
            String body, LocalDateTime due) {
        this.cause = cause;
        this.language = language;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.memberId = memberId;
        this.subject = subject;
        this.body = body;
        this.nextAttemptAt = due;
        this.messageId = "<" + UUID.randomUUID() + "@association>";
    }

    /** Makes the mail one of a kind: a second one with the same key is refused by the database. */
    public MailMessage once(String key) {
        this.dedupKey = key;
        return this;
    }

    /** A notice: its HTML alternative and its one-click unsubscribe address. */
    public MailMessage notice(String html, String unsubscribe) {
        this.htmlBody = html;
        this.unsubscribeUrl = unsubscribe;
        return this;
    }

    /** The number of files written with it, set before it is stored. */
    public MailMessage attached(int count) {
        this.attachments = count;
        return this;
    }

    /** Queued again for the next run of the sender, its attempts counted afresh. */
    public void requeue(LocalDateTime now) {
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        leaseUntil = null;
        claimedBy = null;
    }

    public void cancel() {
        status = MailStatus.CANCELLED;
        leaseUntil = null;
    }

    public void sent(LocalDateTime at) {
        status = MailStatus.SENT;
        sentAt = at;
        lastError = null;
        leaseUntil = null;
    }

    /** An attempt failed: tried again at {@code retryAt}, or never when that is null. */
    public void failed(String error, LocalDateTime retryAt) {
        lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        leaseUntil = null;
        if (retryAt == null) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Why it waits, shown in the log; the sender clears it when it sends. */
    public void note(String why) {
        lastError = why;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Language getLanguage() {
        return language;
    }

    public MailCause getCause() {
        return cause;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public LocalDateTime getLeaseUntil() {
        return leaseUntil;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public int getAttachments() {
        return attachments;
    }
}
