package org.association.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;

/**
 * A member as a recipient: the language mail to them is written in (the one they applied in), their consent to
 * notices, and the address a mail server refused for good, if any.
 */
@Entity
@Table(name = "MAIL_RECIPIENT")
public class MailRecipient extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @UniqueKey("MAIL_RECIPIENT_MEMBER_UQ")
    @NotNull
    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private Long memberId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false)
    private boolean notices = true;

    @Size(max = MailMessage.ADDRESS_MAX)
    @Column(name = "FAILING_ADDRESS", length = MailMessage.ADDRESS_MAX)
    private String failingAddress;

    @Size(max = MailMessage.ERROR_MAX)
    @Column(length = MailMessage.ERROR_MAX)
    private String failure;

    protected MailRecipient() {
    }

    public MailRecipient(Long memberId, Language language) {
        this.memberId = memberId;
        this.language = language;
    }

    /** A mail server refused the address for good. */
    public void refused(String address, String why) {
        failingAddress = address;
        failure = why == null || why.length() <= MailMessage.ERROR_MAX ? why : why.substring(0, MailMessage.ERROR_MAX);
    }

    /** Whether mail to {@code address} is known to bounce. */
    public boolean isFailing(String address) {
        return failingAddress != null && failingAddress.equalsIgnoreCase(address);
    }

    public Long getMemberId() {
        return memberId;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public boolean isNotices() {
        return notices;
    }

    public void setNotices(boolean notices) {
        this.notices = notices;
    }

    public String getFailingAddress() {
        return failingAddress;
    }

    public String getFailure() {
        return failure;
    }
}
