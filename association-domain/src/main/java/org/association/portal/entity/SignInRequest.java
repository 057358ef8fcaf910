package org.association.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.association.common.UniqueKey;

/**
 * One request for a member's sign-in link, kept a day for the limits per address and per member. Only hashes of the
 * address, of the link's token and of the asking browser's nonce are kept. A request for an address no member has
 * has neither member nor token, and counts all the same.
 */
@Entity
@Table(name = "MEMBER_SIGN_IN")
@NamedQuery(name = SignInRequest.BY_TOKEN, query = "select s from SignInRequest s where s.tokenHash = :hash")
public class SignInRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_TOKEN = "SignInRequest.byToken";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "ADDRESS_HASH", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "CONTACT_ID")
    private Long contactId;

    @UniqueKey("MEMBER_SIGN_IN_TOKEN_UQ")
    @Column(name = "TOKEN_HASH", unique = true, length = 64)
    private String tokenHash;

    @Column(name = "BROWSER_HASH", nullable = false, length = 64)
    private String browserHash;

    @Column(name = "REQUESTED_AT", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "USED_AT")
    private LocalDateTime usedAt;

    protected SignInRequest() {
    }

    public SignInRequest(String addressHash, Long memberId, Long contactId, String tokenHash, String browserHash,
            LocalDateTime requestedAt, LocalDateTime expiresAt) {
        this.addressHash = addressHash;
        this.memberId = memberId;
        this.contactId = contactId;
        this.tokenHash = tokenHash;
        this.browserHash = browserHash;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getBrowserHash() {
        return browserHash;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }
}
