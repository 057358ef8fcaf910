package org.association.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.association.audit.entity.AuditEntry;
import org.association.common.BusinessException;
import org.association.common.VersionedEntity;
import org.association.membership.entity.Member;

/**
 * An institution's contact asks MEMBERSHIP staff to add a contact (name, address, phone, title) or to remove one
 * (its id, name and address as they were); staff approve it, which adds or removes the contact, or reject it with a
 * reason. The requester's name and address are kept, for the decision's mail reaches them even once they are no
 * contact any more. Who asked and when are its createdBy and createdAt.
 */
@Entity
@Table(name = "MEMBER_CONTACT_REQUEST")
public class ContactRequest extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false, updatable = false)
    private Member member;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ContactRequestKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContactRequestStatus status = ContactRequestStatus.PENDING;

    /** The contact to remove. */
    @Column(name = "CONTACT_ID", updatable = false)
    private Long contactId;

    @NotBlank
    @Size(max = Member.NAME_MAX)
    @Column(nullable = false, updatable = false, length = Member.NAME_MAX)
    private String name;

    @NotBlank
    @Email
    @Size(max = Member.EMAIL_MAX)
    @Column(nullable = false, updatable = false, length = Member.EMAIL_MAX)
    private String email;

    @Size(max = Member.PHONE_MAX)
    @Pattern(regexp = Member.PHONE_PATTERN, message = "{association.phone}")
    @Column(updatable = false, length = Member.PHONE_MAX)
    private String phone;

    @Size(max = MemberContact.TITLE_MAX)
    @Column(updatable = false, length = MemberContact.TITLE_MAX)
    private String title;

    @NotNull
    @Column(name = "REQUESTER_ID", nullable = false, updatable = false)
    private Long requesterId;

    @NotBlank
    @Column(name = "REQUESTER_NAME", nullable = false, updatable = false, length = Member.NAME_MAX)
    private String requesterName;

    @NotBlank
    @Column(name = "REQUESTER_EMAIL", nullable = false, updatable = false, length = Member.EMAIL_MAX)
    private String requesterEmail;

    @Size(max = AuditEntry.REASON_MAX)
    @Column(name = "REJECT_REASON", length = AuditEntry.REASON_MAX)
    private String rejectReason;

    @Size(max = 50)
    @Column(name = "DECIDED_BY", length = 50)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private LocalDateTime decidedAt;

    protected ContactRequest() {
    }

    /** A request to add a contact with these details. */
    public static ContactRequest toAdd(MemberContact requester, String name, String email, String phone, String title) {
        ContactRequest request = new ContactRequest(requester, ContactRequestKind.ADD);
        request.name = blankToNull(name);
        request.email = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        request.phone = blankToNull(phone);
        request.title = blankToNull(title);
        return request;
    }

    /** A request to remove that contact of the same institution. */
    public static ContactRequest toRemove(MemberContact requester, MemberContact contact) {
        ContactRequest request = new ContactRequest(requester, ContactRequestKind.REMOVE);
        request.contactId = contact.getId();
        request.name = contact.getName();
        request.email = contact.getEmail();
        request.phone = contact.getPhone();
        request.title = contact.getTitle();
        return request;
    }

    private ContactRequest(MemberContact requester, ContactRequestKind kind) {
        this.member = requester.getMember();
        this.kind = kind;
        this.requesterId = requester.getId();
        this.requesterName = requester.getName();
        this.requesterEmail = requester.getEmail();
    }

    /** Ends the pending request: approved, or rejected with the reason; refused once it is decided. */
    public void decide(ContactRequestStatus decision, String reason, String by, LocalDateTime at) {
        if (status != ContactRequestStatus.PENDING) {
            throw new BusinessException("error.changeRequest.decided", status);
        }
        if (decision == ContactRequestStatus.PENDING) {
            throw new IllegalArgumentException("a decision ends the request");
        }
        status = decision;
        rejectReason = decision == ContactRequestStatus.REJECTED ? reason : null;
        decidedBy = by;
        decidedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Member getMember() {
        return member;
    }

    public ContactRequestKind getKind() {
        return kind;
    }

    public ContactRequestStatus getStatus() {
        return status;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getTitle() {
        return title;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
