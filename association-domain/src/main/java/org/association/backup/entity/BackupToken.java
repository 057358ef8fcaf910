package org.association.backup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.association.common.Secret;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * The credential with which config/backup.sh asks for a backup, instead of an account's password. Only its SHA-256
 * is kept: the token itself is 256 random bits, shown once when an ADMIN makes it, so a fast hash is as safe here as
 * PBKDF2 is for a password a person chose, and checking one costs next to nothing.
 */
@Entity
@Table(name = "BACKUP_TOKEN")
@NamedQuery(name = BackupToken.ALL, query = "select t from BackupToken t order by t.id desc")
@NamedQuery(name = BackupToken.BY_HASH, query = "select t from BackupToken t where t.tokenHash = :hash and t.revoked = false")
public class BackupToken extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "BackupToken.all";
    public static final String BY_HASH = "BackupToken.byHash";
    public static final int LABEL_MAX = 100;

    /** What the token is for, in the administrator's words ("nightly cron on db1"). */
    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Secret
    @UniqueKey("BACKUP_TOKEN_HASH_UQ")
    @Column(name = "TOKEN_HASH", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "LAST_USED_AT")
    private LocalDateTime lastUsedAt;

    protected BackupToken() {
    }

    public BackupToken(String label, String tokenHash) {
        this.label = label;
        this.tokenHash = tokenHash;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void revoke() {
        revoked = true;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
