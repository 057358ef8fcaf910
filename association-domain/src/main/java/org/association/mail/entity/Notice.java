package org.association.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.association.common.PlainText;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;
import org.association.mail.control.Segment;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/**
 * A notice to a segment of the members: a subject and a sanitized HTML body in each language (a recipient gets their
 * own, else the other), the segment's conditions, and when it goes. Sending puts one outbox row per member into the
 * outbox, a chunk at a time; {@code expandedTo} is the highest member id done, so an expansion cut short resumes there.
 */
@Entity
@Table(name = "NOTICE")
public class Notice extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int BODY_MAX = 100_000;

    @Size(max = MailMessage.SUBJECT_MAX)
    @Column(name = "SUBJECT_ZH", length = MailMessage.SUBJECT_MAX)
    private String subjectZh;

    @Size(max = MailMessage.SUBJECT_MAX)
    @Column(name = "SUBJECT_EN", length = MailMessage.SUBJECT_MAX)
    private String subjectEn;

    @PlainText.MultiLine
    @Size(max = BODY_MAX)
    @Lob
    @Column(name = "BODY_ZH")
    private String bodyZh;

    @PlainText.MultiLine
    @Size(max = BODY_MAX)
    @Lob
    @Column(name = "BODY_EN")
    private String bodyEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEGMENT_KIND", length = 12)
    private MemberKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEGMENT_STATUS", length = 12)
    private MemberStatus memberStatus;

    @Column(name = "SEGMENT_DEPARTMENT_ID")
    private Long departmentId;

    @Size(max = Member.SPECIALTY_MAX)
    @Column(name = "SEGMENT_SPECIALTY", length = Member.SPECIALTY_MAX)
    private String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEGMENT_INSTITUTION_TYPE", length = 30)
    private InstitutionType institutionType;

    @Min(0)
    @Max(3660)
    @Column(name = "SEGMENT_DUE_DAYS")
    private Integer dueWithinDays;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NoticeStatus status = NoticeStatus.DRAFT;

    @Column(name = "SEND_AT")
    private LocalDateTime sendAt;

    @Column(name = "ARTICLE_ID")
    private Long articleId;

    @Column(name = "EXPANDED_TO", nullable = false)
    private long expandedTo;

    @Column(name = "QUEUED_COUNT", nullable = false)
    private int queued;

    @Column(name = "CLAIMED_BY", length = 100)
    private String claimedBy;

    @Column(name = "LEASE_UNTIL")
    private LocalDateTime leaseUntil;

    public Notice() {
    }

    /** A notice has a subject and a body in at least one language, and none of them without the other. */
    @AssertTrue(message = "{association.notice.text}")
    public boolean isWritten() {
        boolean zh = filled(subjectZh);
        boolean en = filled(subjectEn);
        return (zh || en) && zh == filled(bodyZh) && en == filled(bodyEn);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    /** The language the notice is written to a recipient in: theirs if it has that text, else the other one. */
    public Language languageFor(Language preferred) {
        Language other = preferred == Language.ZH ? Language.EN : Language.ZH;
        return filled(subject(preferred)) ? preferred : other;
    }

    public String subject(Language language) {
        return language == Language.EN ? subjectEn : subjectZh;
    }

    public String body(Language language) {
        return language == Language.EN ? bodyEn : bodyZh;
    }

    public Segment segment() {
        return new Segment(kind, memberStatus, departmentId, specialty, institutionType, dueWithinDays);
    }

    /** Whether staff may still edit and send it. */
    public boolean isEditable() {
        return status == NoticeStatus.DRAFT || status == NoticeStatus.SCHEDULED;
    }

    /** To go at {@code at} (now or later); the scheduled job starts the expansion then. */
    public void schedule(LocalDateTime at) {
        status = NoticeStatus.SCHEDULED;
        sendAt = at;
    }

    public void cancel() {
        status = NoticeStatus.CANCELLED;
        leaseUntil = null;
    }

    /** A chunk of members is in the outbox, up to {@code lastMember}; the lease is held on until {@code leaseUntil}. */
    public void progress(long lastMember, int queuedNow, LocalDateTime until) {
        status = NoticeStatus.SENDING;
        expandedTo = lastMember;
        queued += queuedNow;
        leaseUntil = until;
    }

    /** Every member of the segment has their row in the outbox. */
    public void expanded() {
        status = NoticeStatus.SENT;
        leaseUntil = null;
        claimedBy = null;
    }

    public String getSubjectZh() {
        return subjectZh;
    }

    public void setSubjectZh(String subjectZh) {
        this.subjectZh = subjectZh;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getBodyZh() {
        return bodyZh;
    }

    public void setBodyZh(String bodyZh) {
        this.bodyZh = bodyZh;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public MemberStatus getMemberStatus() {
        return memberStatus;
    }

    public void setMemberStatus(MemberStatus memberStatus) {
        this.memberStatus = memberStatus;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }

    public Integer getDueWithinDays() {
        return dueWithinDays;
    }

    public void setDueWithinDays(Integer dueWithinDays) {
        this.dueWithinDays = dueWithinDays;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }

    public long getExpandedTo() {
        return expandedTo;
    }

    public int getQueued() {
        return queued;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public LocalDateTime getLeaseUntil() {
        return leaseUntil;
    }
}
