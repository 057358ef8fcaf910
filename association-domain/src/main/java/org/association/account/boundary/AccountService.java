package org.association.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.account.control.PasswordPolicy;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;

/**
 * Staff accounts: logins, lockouts and passwords. Passwords are checked against the policy and stored
 * only as PBKDF2 hashes; administrators manage accounts, everyone may change their own password.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    /**
     * OWASP's 2023 advice for PBKDF2-HMAC-SHA512. Each stored hash names its own algorithm, iterations
     * and salt, so verifying an older hash still works after these are raised (and it is then rehashed).
     */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");
    static final String CURRENT_HASH_PREFIX = "PBKDF2WithHmacSHA512:210000:";

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final int LOCK_MINUTES = 15;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AssociationClock clock;

    @Inject
    private CurrentActor actor;

    /** A hash verified against when no real one is, so that every refusal takes as long as a wrong password. */
    private static volatile String decoy;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(HASH_PARAMETERS);
        if (decoy == null) {
            decoy = passwordHash.generate("decoy password for unknown users".toCharArray());
        }
    }

    /**
     * Checks a login. Five wrong passwords in a row lock the account for fifteen minutes; a right one
     * resets the count. Counting happens in this transaction, whatever the outcome.
     */
    @PermitAll
    public LoginOutcome authenticate(String username, String password) {
        LocalDateTime now = clock.now();
        Optional<Account> found = username == null ? Optional.empty() : byUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoy);
            return LoginOutcome.refused(LoginOutcome.Result.UNKNOWN_USER, username);
        }
        Account account = found.get();
        if (!account.isEnabled() || account.isLockedAt(now)) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoy);
            return LoginOutcome.refused(account.isEnabled() ? LoginOutcome.Result.LOCKED : LoginOutcome.Result.DISABLED,
                    account.getUsername());
        }
        if (password == null || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            if (account.getFailedLogins() + 1 >= ATTEMPTS_BEFORE_LOCK) {
                recordSignIn(account, "a.failedLogins = 0, a.lockedUntil = :time", now.plusMinutes(LOCK_MINUTES));
                return LoginOutcome.refused(LoginOutcome.Result.LOCKED_NOW, account.getUsername());
            }
            recordSignIn(account, "a.failedLogins = a.failedLogins + 1", null);
            return LoginOutcome.refused(LoginOutcome.Result.WRONG_PASSWORD, account.getUsername());
        }
        recordSignIn(account, "a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :time", now);
        if (!account.getPasswordHash().startsWith(CURRENT_HASH_PREFIX)) {
            String rehashed = passwordHash.generate(password.toCharArray());
            store.change(account, "password rehashed", null, current -> current.setPasswordHash(rehashed));
        }
        return new LoginOutcome(LoginOutcome.Result.SUCCESS, account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.isMustChangePassword());
    }

    /**
     * Writes the sign-in bookkeeping in place, past the record's version: the same account signing in
     * twice at once (two tabs, two people at one desk) made the second commit fail as an optimistic-lock
     * conflict, a system exception that refused a right password; nor should a sign-in make an
     * administrator's edit of the account stale. {@code assignments} may use the parameter {@code :time}.
     */
    private void recordSignIn(Account account, String assignments, LocalDateTime time) {
        Query update = em.createQuery("update Account a set " + assignments + " where a.id = :id").setParameter("id", account.getId());
        if (time != null) {
            update.setParameter("time", time);
        }
        update.executeUpdate();
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

    /** Gives an account a new random password that its owner must change at the next login; returns it once. */
    public String resetPassword(long id, int version, String reason) {
        Account account = store.findCurrent(Account.class, id, version);
        String password = randomPassword();
        String hash = passwordHash.generate(password.toCharArray());
        store.change(account, "password reset", reason, reset -> {
            reset.setPasswordHash(hash);
            reset.setMustChangePassword(true);
            reset.setFailedLogins(0);
            reset.setLockedUntil(null);
        });
        return password;
    }

    /** The caller changes their own password, proving they know the current one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = byUsername(actor.name()).orElseThrow(() -> new BusinessException("error.password.wrong"));
        if (currentPassword == null || !passwordHash.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new BusinessException("error.password.wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessException("error.password.same");
        }
        String hash = hash(newPassword, account.getUsername());
        store.change(account, "password changed", null, changed -> {
            changed.setPasswordHash(hash);
            changed.setMustChangePassword(false);
        });
    }

    public Account find(long id) {
        return store.find(Account.class, id);
    }

    @PermitAll
    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username).getResultStream().findFirst();
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }

    /** A random password of 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** The hash of an acceptable password; refuses one that breaks the policy. */
    String hash(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.MIN_LENGTH);
        });
        return passwordHash.generate(password.toCharArray());
    }
}
