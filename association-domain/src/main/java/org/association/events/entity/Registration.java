package org.association.events.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.association.common.BusinessException;
import org.association.common.Secret;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;
import org.association.membership.entity.Member;

/**
 * A person's registration for an event, made on the public form without an account: one per address and event. It
 * holds a place (confirmed, or offered until a deadline), waits for one, or was cancelled. The manage link's token is
 * kept only as its hash.
 */
@Entity
@Table(name = "EVENT_REGISTRATION")
public class Registration extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int INSTITUTION_MAX = 200;
    public static final int MEMBER_NUMBER_MAX = 20;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "EVENT_ID", nullable = false, updatable = false)
    private Event event;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TYPE_ID", nullable = false)
    private RegistrationType type;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = Member.PHONE_MAX)
    @Pattern(regexp = Member.PHONE_PATTERN, message = "{association.phone}")
    @Column(nullable = false, length = Member.PHONE_MAX)
    private String phone;

    @UniqueKey("REGISTRATION_EMAIL_UQ")
    @NotBlank
    @Email
    @Size(max = Member.EMAIL_MAX)
    @Column(nullable = false, length = Member.EMAIL_MAX)
    private String email;

    @Size(max = INSTITUTION_MAX)
    @Column(length = INSTITUTION_MAX)
    private String institution;

    @Size(max = MEMBER_NUMBER_MAX)
    @Column(name = "MEMBER_NUMBER", length = MEMBER_NUMBER_MAX)
    private String memberNumber;

    @Pattern(regexp = Member.LICENCE_PATTERN, message = "{association.licenceNumber}")
    @Column(name = "LICENCE_NUMBER", length = Member.LICENCE_MAX)
    private String licenceNumber;

    /** The member the member number was found to be, checked against the register when registering. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "MEMBER_ID")
    private Member member;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.ZH;

    @NotNull
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price = BigDecimal.ZERO;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RegistrationStatus status = RegistrationStatus.WAITING;

    @Secret
    @UniqueKey("REGISTRATION_TOKEN_UQ")
    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "CANCELLED_AT")
    private LocalDateTime cancelledAt;

    /** Until when an offered place waits for the person's confirmation. */
    @Column(name = "OFFER_EXPIRES_AT")
    private LocalDateTime offerExpiresAt;

    /** Set by staff after the event; the CME credits below are awarded with it. */
    @Column(nullable = false)
    private boolean attended;

    @Column(name = "ATTENDANCE_DECIDED", nullable = false)
    private boolean attendanceDecided;

    @Enumerated(EnumType.STRING)
    @Column(name = "CME_CATEGORY", length = 20)
    private CmeCategory cmeCategory;

    @Column(name = "CME_POINTS", precision = 5, scale = 1)
    private BigDecimal cmePoints;

    @UniqueKey("REGISTRATION_CERTIFICATE_UQ")
    @Column(name = "CERTIFICATE_CODE", length = 32)
    private String certificateCode;

    @Column(name = "CERTIFICATE_ISSUED_AT")
    private LocalDateTime certificateIssuedAt;

    /** Set once at the desk, by the conditional update of CheckIns (which raises the version), or by a walk-in. */
    @Column(name = "CHECKED_IN_AT")
    private LocalDateTime checkedInAt;

    @Column(name = "CHECKED_IN_BY", length = 50)
    private String checkedInBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "EVENT_ANSWER", joinColumns = @JoinColumn(name = "REGISTRATION_ID"))
    @MapKeyColumn(name = "QUESTION_ID")
    @Column(name = "ANSWER", nullable = false, length = EventQuestion.ANSWER_MAX)
    private Map<Long, String> answers = new HashMap<>();

    public Registration() {
    }

    /** Ties the form's registration to its event and type, with the hash of its manage token and the price it pays. */
    public void place(RegistrationType chosen, Language formLanguage, String manageTokenHash, BigDecimal pays) {
        this.type = chosen;
        this.event = chosen.getEvent();
        this.language = formLanguage;
        this.tokenHash = manageTokenHash;
        this.price = pays;
    }

    /**
     * Staff's correction of the person's details, taken from an edited copy (whose member number was checked); the
     * rest stays as it is.
     */
    public void correct(Registration edited) {
        name = edited.name;
        phone = edited.phone;
        setEmail(edited.email);
        institution = edited.institution;
        memberNumber = edited.memberNumber;
        member = edited.member;
    }

    /**
     * Staff move the registration to another type of its event, at that type's price of the day. The caller has
     * given the old type's place back (if it held one) and asked the new type for one.
     */
    public void moveTo(RegistrationType target, BigDecimal pays, boolean placed) {
        if (!target.getEvent().getId().equals(event.getId())) {
            throw new IllegalArgumentException("a registration moves between the types of its own event");
        }
        type = target;
        price = pays;
        status = placed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    public void confirm() {
        status = RegistrationStatus.CONFIRMED;
        offerExpiresAt = null;
    }

    /** A freed place, held for the person until the deadline. */
    public void offer(LocalDateTime until) {
        status = RegistrationStatus.OFFERED;
        offerExpiresAt = until;
    }

    /** Whether the person may still take the offered place. */
    public boolean isOfferOpenAt(LocalDateTime now) {
        return status == RegistrationStatus.OFFERED && now.isBefore(offerExpiresAt);
    }

    /** A new manage link: the old one stops working. */
    public void reissue(String manageTokenHash) {
        this.tokenHash = manageTokenHash;
    }

    public void cancel(LocalDateTime at) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = at;
        offerExpiresAt = null;
    }

    /** The answers to the event's questions, by question id, as {@code EventQuestion} keeps them. */
    public void answer(Map<Long, String> kept) {
        answers.clear();
        answers.putAll(kept);
    }

    public void checkedMember(Member found) {
        this.member = found;
    }

    /**
     * Staff confirm (or take back) that the person attended: an attendee is awarded the event's CME credits as they
     * are now. Refused once a certificate is issued, for the certificate states the credits.
     */
    public void attend(boolean present) {
        if (certificateCode != null) {
            throw new BusinessException("error.certificate.issued");
        }
        attended = present && status == RegistrationStatus.CONFIRMED;
        attendanceDecided = true;
        cmeCategory = attended ? event.getCmeCategory() : null;
        cmePoints = attended ? event.getCmePoints() : null;
    }

    /** A walk-in at the desk: a confirmed place, checked in at once. */
    public void walkIn(LocalDateTime at, String by) {
        status = RegistrationStatus.CONFIRMED;
        checkedInAt = at;
        checkedInBy = by;
    }

    /**
     * Whether the attendance page shows the person as attended: as staff decided it, or, until they do, attended or
     * checked in at the desk. The one place the attendance is prefilled from.
     */
    public boolean isPresumedAttended() {
        return attendanceDecided ? attended : attended || checkedInAt != null;
    }

    /** Checked in at the desk, confirmed, and no decision of staff on the attendance yet. */
    public boolean isAttendanceToConfirm() {
        return !attendanceDecided && checkedInAt != null && status == RegistrationStatus.CONFIRMED;
    }

    /** An attendee awarded credits, without a certificate yet. */
    public boolean isCertifiable() {
        return attended && cmePoints != null && certificateCode == null;
    }

    public void issueCertificate(String code, LocalDateTime at) {
        if (!isCertifiable()) {
            throw new IllegalStateException("a certificate is issued once, to an attendee");
        }
        certificateCode = code;
        certificateIssuedAt = at;
    }

    /** The answers by question id, in the questions' order of creation (a copy: they change through {@link #answer}). */
    public SortedMap<Long, String> getAnswers() {
        return new TreeMap<>(answers);
    }

    public Event getEvent() {
        return event;
    }

    public RegistrationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    /** Kept stripped and in lower case: one registration per address, however it is typed. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber == null || licenceNumber.isBlank() ? null : licenceNumber.strip();
    }

    public Member getMember() {
        return member;
    }

    public Language getLanguage() {
        return language;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public LocalDateTime getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public boolean isAttended() {
        return attended;
    }

    public boolean isAttendanceDecided() {
        return attendanceDecided;
    }

    public CmeCategory getCmeCategory() {
        return cmeCategory;
    }

    public BigDecimal getCmePoints() {
        return cmePoints;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    public LocalDateTime getCertificateIssuedAt() {
        return certificateIssuedAt;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }
}
