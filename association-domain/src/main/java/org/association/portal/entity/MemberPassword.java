package org.association.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import org.association.common.Secret;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * The password a member (or an institution's contact) chose besides signing in by link; kept only as its hash, under
 * the name the portal knows the signer by (see PortalCaller).
 */
@Entity
@Table(name = "MEMBER_PASSWORD")
@NamedQuery(name = MemberPassword.OF_SIGNER, query = "select p from MemberPassword p where p.signer = :signer")
public class MemberPassword extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String OF_SIGNER = "MemberPassword.ofSigner";

    @UniqueKey("MEMBER_PASSWORD_SIGNER_UQ")
    @Column(nullable = false, unique = true, length = 50, updatable = false)
    private String signer;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Secret
    @NotBlank
    @Column(name = "PASSWORD_HASH", nullable = false)
    private String passwordHash;

    protected MemberPassword() {
    }

    public MemberPassword(String signer, long memberId, String passwordHash) {
        this.signer = signer;
        this.memberId = memberId;
        this.passwordHash = passwordHash;
    }

    public String getSigner() {
        return signer;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
