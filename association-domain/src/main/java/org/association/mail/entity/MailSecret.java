package org.association.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.association.common.Secret;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * A key shared by every server (the ones that sign unsubscribe links, check-in codes and membership certificates); never
 * in the audit log.
 */
@Entity
@Table(name = "MAIL_SECRET")
public class MailSecret extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String CHECK_IN = "check-in";
    public static final String MEMBERSHIP_CERTIFICATE = "membership-certificate";

    @UniqueKey("MAIL_SECRET_NAME_UQ")
    @NotBlank
    @Size(max = 30)
    @Column(nullable = false, length = 30, updatable = false)
    private String name;

    @Secret
    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100, updatable = false)
    private String secret;

    protected MailSecret() {
    }

    public MailSecret(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    public String getName() {
        return name;
    }

    public String getSecret() {
        return secret;
    }
}
