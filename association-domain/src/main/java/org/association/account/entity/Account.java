package org.association.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.association.common.Secret;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/** A staff login. The password is kept only as a PBKDF2 hash that names its own parameters. */
@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.STANDING, query = "select a.credentialStamp, a.mustChangePassword from Account a"
        + " where a.username = :username and a.enabled = true")
public class Account extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final String STANDING = "Account.standing";

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int HASH_MAX = 512;

    @UniqueKey("ACCOUNT_USERNAME_UQ")
    @NotBlank
    @Size(min = 3, max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{association.username}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "DISPLAY_NAME", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Secret
    @NotBlank
    @Column(name = "PASSWORD_HASH", nullable = false, length = HASH_MAX)
    private String passwordHash;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    /** Set when the password was generated or reset by someone else. */
    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "LAST_LOGIN_AT")
    private LocalDateTime lastLoginAt;

    /**
     * Raised whenever what a signed-in session of this account may do changes (roles, disabled, password): a
     * session signed in under another stamp is ended at its next request, on whichever server it reaches.
     */
    @Column(name = "CREDENTIAL_STAMP", nullable = false)
    private int credentialStamp;

    protected Account() {
    }

    public Account(String username, String displayName, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public int getCredentialStamp() {
        return credentialStamp;
    }

    /** Ends every session signed in to this account so far. */
    public void endSessions() {
        credentialStamp++;
    }
}
