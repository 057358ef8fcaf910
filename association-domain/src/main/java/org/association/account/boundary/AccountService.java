package org.association.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.account.control.PasswordPolicy;
import org.association.account.entity.Account;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;

/** Staff accounts. Passwords are checked against the policy and stored only as PBKDF2 hashes. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    /**
     * OWASP's 2023 advice for PBKDF2-HMAC-SHA512. Each stored hash names its own algorithm, iterations
     * and salt, so verifying an older hash still works after these are raised.
     */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(HASH_PARAMETERS);
    }

    public Account create(Account account, String password, String reason) {
        byUsername(account.getUsername()).ifPresent(other -> {
            throw new DuplicateEntityException("username", account.getUsername());
        });
        account.setPasswordHash(hash(password, account.getUsername()));
        return store.create(account, reason);
    }

    public Account update(Account account, String reason) {
        return store.update(account, reason);
    }

    public Account find(long id) {
        return store.find(Account.class, id);
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username).getResultStream().findFirst();
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    /** The hash of an acceptable password; refuses one that breaks the policy. */
    String hash(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.MIN_LENGTH);
        });
        return passwordHash.generate(password.toCharArray());
    }
}
