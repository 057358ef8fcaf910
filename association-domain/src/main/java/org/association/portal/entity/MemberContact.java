package org.association.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.membership.entity.Member;

/**
 * A named person who acts for an institutional member: they sign in to the member portal with their own address and
 * see the institution's record.
 */
@Entity
@Table(name = "MEMBER_CONTACT")
@NamedQuery(name = MemberContact.OF_MEMBER, query = "select c from MemberContact c where c.member.id = :member order by c.name")
@NamedQuery(name = MemberContact.BY_EMAIL, query = "select c from MemberContact c join fetch c.member where c.email = :email")
public class MemberContact extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String OF_MEMBER = "MemberContact.ofMember";
    public static final String BY_EMAIL = "MemberContact.byEmail";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false, updatable = false)
    private Member member;

    @NotBlank
    @Size(max = Member.NAME_MAX)
    @Column(nullable = false, length = Member.NAME_MAX)
    private String name;

    /** Kept in lower case: the address is looked up as the person types it. */
    @UniqueKey("MEMBER_CONTACT_EMAIL_UQ")
    @NotBlank
    @Email
    @Size(max = Member.EMAIL_MAX)
    @Column(nullable = false, unique = true, length = Member.EMAIL_MAX)
    private String email;

    @Size(max = Member.PHONE_MAX)
    @Pattern(regexp = Member.PHONE_PATTERN, message = "{association.phone}")
    @Column(length = Member.PHONE_MAX)
    private String phone;

    public static final int TITLE_MAX = 100;

    /** Their role or title at the institution (财务负责人). */
    @Size(max = TITLE_MAX)
    @Column(length = TITLE_MAX)
    private String title;

    protected MemberContact() {
    }

    public MemberContact(Member member, String name, String email, String phone) {
        this.member = member;
        this.name = name;
        setEmail(email);
        this.phone = phone;
    }

    public Member getMember() {
        return member;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
