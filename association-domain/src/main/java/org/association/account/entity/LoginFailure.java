package org.association.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One refused sign-in: from which client address (hashed, as the join form's attempts are) and for which user
 * name. What the throttles count; rows older than the lock's window are deleted as new ones come in.
 */
@Entity
@Table(name = "LOGIN_FAILURE")
public class LoginFailure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "ADDRESS_HASH", nullable = false, length = 64)
    private String addressHash;

    @Column(nullable = false, length = Account.USERNAME_MAX)
    private String username;

    @Column(name = "FAILED_AT", nullable = false)
    private LocalDateTime failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String addressHash, String username, LocalDateTime failedAt) {
        this.addressHash = addressHash;
        this.username = username;
        this.failedAt = failedAt;
    }
}
