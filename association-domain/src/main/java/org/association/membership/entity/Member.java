package org.association.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.association.common.BusinessException;
import org.association.common.PlainText;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * A physician or a medical institution that belongs to (or applied to) the association. The member
 * number is given on approval from a sequence and never reused. Contact data is private: the public
 * directory shows institutions' names, type, address and web site only, and only with consent.
 */
@Entity
@Table(name = "MEMBER")
@NamedQuery(name = Member.BY_NUMBER, query = "select m from Member m where m.memberNumber = :number")
@NamedQuery(name = Member.COUNT, query = "select count(m) from Member m")
public class Member extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String BY_NUMBER = "Member.byNumber";
    public static final String COUNT = "Member.count";

    public static final int NUMBER_MAX = 20;
    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 50;
    public static final int SPECIALTY_MAX = 100;
    public static final int LICENCE_MAX = 15;
    public static final int CREDIT_CODE_MAX = 18;
    public static final int EMPLOYER_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 300;
    public static final int WEBSITE_MAX = 200;
    public static final int NOTES_MAX = 2000;

    /** A mainland mobile (13812345678), a landline with area code (028-85123456), or +country form. */
    public static final String PHONE_PATTERN = "(\\+?[0-9][0-9 ()-]{4,28}[0-9])";
    /** A physician's practising certificate number: 15 digits. */
    public static final String LICENCE_PATTERN = "[0-9]{15}";

    @UniqueKey("MEMBER_NUMBER_UQ")
    @Size(max = NUMBER_MAX)
    @Column(name = "MEMBER_NUMBER", unique = true, length = NUMBER_MAX)
    private String memberNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MemberKind kind = MemberKind.INDIVIDUAL;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MemberStatus status = MemberStatus.APPLICANT;

    /** The person's or institution's name as written in Chinese. */
    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Pinyin or English name. */
    @Size(max = NAME_MAX)
    @Column(name = "NAME_EN", length = NAME_MAX)
    private String nameEn;

    @Size(max = TITLE_MAX)
    @Column(name = "PROFESSIONAL_TITLE", length = TITLE_MAX)
    private String professionalTitle;

    @Size(max = SPECIALTY_MAX)
    @Column(length = SPECIALTY_MAX)
    private String specialty;

    @UniqueKey("MEMBER_LICENCE_UQ")
    @Pattern(regexp = LICENCE_PATTERN, message = "{association.licenceNumber}")
    @Column(name = "LICENCE_NUMBER", unique = true, length = LICENCE_MAX)
    private String licenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "INSTITUTION_TYPE", length = 30)
    private InstitutionType institutionType;

    @UniqueKey("MEMBER_CREDIT_CODE_UQ")
    @UnifiedSocialCreditCode
    @Column(name = "CREDIT_CODE", unique = true, length = CREDIT_CODE_MAX)
    private String creditCode;

    @Size(max = EMPLOYER_MAX)
    @Column(length = EMPLOYER_MAX)
    private String employer;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN, message = "{association.phone}")
    @Column(length = PHONE_MAX)
    private String phone;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    @Size(max = WEBSITE_MAX)
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{association.website}")
    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(name = "JOINED_ON")
    private LocalDate joinedOn;

    @Column(name = "PAID_UP_UNTIL")
    private LocalDate paidUpUntil;

    /** The institution agreed to appear in the public directory. */
    @Column(name = "LISTED_IN_DIRECTORY", nullable = false)
    private boolean listedInDirectory;

    @PlainText.MultiLine
    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private String notes;

    protected Member() {
    }

    public Member(MemberKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public static Member individual(String name) {
        return new Member(MemberKind.INDIVIDUAL, name);
    }

    public static Member institution(String name) {
        return new Member(MemberKind.INSTITUTION, name);
    }

    /** Active, but the dues ran out before {@code today}. */
    public boolean isLapsed(LocalDate today) {
        return status == MemberStatus.ACTIVE && paidUpUntil != null && paidUpUntil.isBefore(today);
    }

    /**
     * Changes the member's standing (approve, reject, suspend, reinstate, resign) or records paid dues
     * (renew, up to {@code paidUpUntil}, which must lie after the date paid up to so far). Refused when
     * the action does not apply to the member's status. Approval gives the member {@code nextNumber}'s
     * number and, unless a joining day is known, {@code today} as that day.
     */
    public void act(MemberAction action, LocalDate today, LocalDate paidUpUntil, Supplier<String> nextNumber) {
        if (!action.appliesTo(status)) {
            throw new BusinessException("error.member.status", name, status);
        }
        if (action == MemberAction.RENEW
                && (paidUpUntil == null || (this.paidUpUntil != null && !paidUpUntil.isAfter(this.paidUpUntil)))) {
            throw new BusinessException("error.member.renewDate");
        }
        if (action.target() != null) {
            status = action.target();
        }
        if (action == MemberAction.APPROVE) {
            assignMemberNumber(nextNumber.get());
            if (joinedOn == null) {
                joinedOn = today;
            }
        }
        if (action == MemberAction.RENEW) {
            this.paidUpUntil = paidUpUntil;
        }
    }

    @AssertTrue(message = "{association.member.institutionFields}")
    public boolean isInstitutionFieldsConsistent() {
        return kind != MemberKind.INSTITUTION || (institutionType != null && creditCode != null);
    }

    @AssertTrue(message = "{association.member.paidUpAfterJoined}")
    public boolean isPaidUpAfterJoined() {
        return joinedOn == null || paidUpUntil == null || !paidUpUntil.isBefore(joinedOn);
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    /** Given once, by the service, when the member is approved or imported. */
    public void assignMemberNumber(String memberNumber) {
        if (this.memberNumber != null) {
            throw new IllegalStateException("member " + getId() + " already has number " + this.memberNumber);
        }
        this.memberNumber = memberNumber;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getProfessionalTitle() {
        return professionalTitle;
    }

    public void setProfessionalTitle(String professionalTitle) {
        this.professionalTitle = professionalTitle;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getPaidUpUntil() {
        return paidUpUntil;
    }

    public void setPaidUpUntil(LocalDate paidUpUntil) {
        this.paidUpUntil = paidUpUntil;
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    public void setListedInDirectory(boolean listedInDirectory) {
        this.listedInDirectory = listedInDirectory;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
