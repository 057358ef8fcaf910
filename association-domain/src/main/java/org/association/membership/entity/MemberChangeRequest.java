package org.association.membership.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.association.audit.entity.AuditEntry;
import org.association.common.BusinessException;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * A member's request to change identity data (names, licence number, title, employer, credit code), which staff approve
 * or reject with a reason. It keeps only the fields asked for, each with its value when the member asked, so that an
 * approval never overwrites what changed since. Who asked and when are its createdBy and createdAt. A member has at most
 * one pending request: {@code pendingFor} holds the member's id while it is pending, under a unique key.
 */
@Entity
@Table(name = "MEMBER_CHANGE_REQUEST")
public class MemberChangeRequest extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** Whose identity data the request would change. */
    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "MEMBER_ID", nullable = false, updatable = false)
    private Member member;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChangeRequestStatus status = ChangeRequestStatus.PENDING;

    @UniqueKey("MEMBER_CHANGE_PENDING_UQ")
    @Column(name = "PENDING_FOR", unique = true)
    private Long pendingFor;

    @Valid
    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "MEMBER_CHANGE_FIELD", joinColumns = @JoinColumn(name = "REQUEST_ID"))
    @OrderBy("field")
    private List<FieldChange> changes = new ArrayList<>();

    /** Why staff rejected it. */
    @Size(max = AuditEntry.REASON_MAX)
    @Column(name = "REJECT_REASON", length = AuditEntry.REASON_MAX)
    private String rejectReason;

    /** Who approved or rejected it (staff), or withdrew it (the member). */
    @Size(max = 50)
    @Column(name = "DECIDED_BY", length = 50)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private LocalDateTime decidedAt;

    protected MemberChangeRequest() {
    }

    public MemberChangeRequest(Member member, List<FieldChange> changes) {
        this.member = member;
        this.pendingFor = member.getId();
        this.changes = new ArrayList<>(changes);
    }

    /** Ends a pending request: approved, rejected (with the reason) or withdrawn; refused once it is decided. */
    public void decide(ChangeRequestStatus decision, String reason, String by, LocalDateTime at) {
        if (status != ChangeRequestStatus.PENDING) {
            throw new BusinessException("error.changeRequest.decided", status);
        }
        if (decision == ChangeRequestStatus.PENDING) {
            throw new IllegalArgumentException("a decision ends the request");
        }
        status = decision;
        rejectReason = decision == ChangeRequestStatus.REJECTED ? reason : null;
        pendingFor = null;
        decidedBy = by;
        decidedAt = at;
    }

    public Member getMember() {
        return member;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
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
