package org.association.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One use of the public application form, kept a day for the per-address rate limit. The address is
 * stored only as a hash, and in the database so that every server of a cluster counts the same.
 */
@Entity
@Table(name = "APPLICATION_ATTEMPT")
public class ApplicationAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "ADDRESS_HASH", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "ATTEMPTED_AT", nullable = false)
    private LocalDateTime attemptedAt;

    protected ApplicationAttempt() {
    }

    public ApplicationAttempt(String addressHash, LocalDateTime attemptedAt) {
        this.addressHash = addressHash;
        this.attemptedAt = attemptedAt;
    }
}
