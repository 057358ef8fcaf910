package org.association.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.association.account.control.PasswordHashing;
import org.association.account.control.PasswordPolicy;
import org.association.account.entity.Account;
import org.association.account.entity.LoginFailure;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Hashes;

/**
 * Staff accounts: logins, lockouts and passwords. Passwords are checked against the policy and stored
 * only as PBKDF2 hashes; administrators manage accounts, everyone may change their own password.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final int LOCK_MINUTES = 15;
    /** Refusals from one client address within LOCK_MINUTES after which its attempts are no longer checked at all. */
    static final int FAILURES_PER_ADDRESS = 20;
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
        passwordHash.initialize(PasswordHashing.PARAMETERS);
        if (decoy == null) {
            decoy = passwordHash.generate("decoy password for unknown users".toCharArray());
        }
    }

    /**
     * Checks a login from a client address. Five wrong passwords in a row lock the account for fifteen minutes
     * against the addresses they came from; its owner, from an address without a refusal for that account in the last
     * half hour, may still sign in. An address with twenty refusals in fifteen minutes is refused unchecked (no
     * PBKDF2 run for it). Each attempt takes one of the five in a single UPDATE before its password is checked, and
     * that UPDATE holds the account's row until this transaction ends: attempts on one account are counted one after
     * another, so attempts made at once get five checks between them, not five each.
     */
    @PermitAll
    public LoginOutcome authenticate(String username, String password, String clientAddress) {
        LocalDateTime now = clock.now();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = Hashes.sha256(String.valueOf(clientAddress));
        long recent = failures("f.addressHash = :address", now.minusMinutes(LOCK_MINUTES), Map.of("address", address));
        if (recent >= FAILURES_PER_ADDRESS) {
            return LoginOutcome.refused(LoginOutcome.Result.THROTTLED, name);
        }
        Optional<Account> found = name.isEmpty() ? Optional.empty() : byUsername(name);
        if (found.isEmpty()) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoy);
            return failed(LoginOutcome.Result.UNKNOWN_USER, name, address, now);
        }
        Account account = found.get();
        if (!account.isEnabled()) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoy);
            return failed(LoginOutcome.Result.DISABLED, account.getUsername(), address, now);
        }
        if (!tookAnAttempt(account, now) && !notRefusedWhileLocked(account, address, now)) {
            return LoginOutcome.refused(LoginOutcome.Result.LOCKED, account.getUsername());
        }
        if (password == null || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            int locked = em.createQuery("update Account a set a.failedLogins = 0, a.lockedUntil = :until"
                    + " where a.id = :id and a.failedLogins >= :max")
                    .setParameter("until", now.plusMinutes(LOCK_MINUTES)).setParameter("id", account.getId())
                    .setParameter("max", ATTEMPTS_BEFORE_LOCK).executeUpdate();
            return failed(locked > 0 ? LoginOutcome.Result.LOCKED_NOW : LoginOutcome.Result.WRONG_PASSWORD, account.getUsername(),
                    address, now);
        }
        // past the record's version: two sign-ins at once, or one during an administrator's edit, are no conflict
        em.createQuery("update Account a set a.failedLogins = 0, a.lastLoginAt = :time where a.id = :id")
                .setParameter("time", now).setParameter("id", account.getId()).executeUpdate();
        if (!account.getPasswordHash().startsWith(PasswordHashing.CURRENT_PREFIX)) {
            String rehashed = passwordHash.generate(password.toCharArray());
            store.change(account, "password rehashed", null, current -> current.setPasswordHash(rehashed));
        }
        return new LoginOutcome(LoginOutcome.Result.SUCCESS, account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.isMustChangePassword(), account.getCredentialStamp());
    }

    /** Takes one of the account's attempts in one UPDATE, which locks its row; false when it is locked or has none left. */
    private boolean tookAnAttempt(Account account, LocalDateTime now) {
        return em.createQuery("update Account a set a.failedLogins = a.failedLogins + 1 where a.id = :id"
                + " and a.failedLogins < :max and (a.lockedUntil is null or a.lockedUntil <= :now)")
                .setParameter("id", account.getId()).setParameter("max", ATTEMPTS_BEFORE_LOCK).setParameter("now", now)
                .executeUpdate() > 0;
    }

    /**
     * For a locked account: whether this address has had no refusal for it in the last half hour (the refusals that
     * led to the lock may lie up to fifteen minutes before it). Asked holding the account's row, so that two attempts
     * at once from one address do not both find it clean.
     */
    private boolean notRefusedWhileLocked(Account account, String address, LocalDateTime now) {
        em.createQuery("update Account a set a.failedLogins = a.failedLogins where a.id = :id")
                .setParameter("id", account.getId())
                .executeUpdate();
        return failures("f.username = :username and f.addressHash = :address", now.minusMinutes(2L * LOCK_MINUTES),
                Map.of("username", account.getUsername(), "address", address)) == 0;
    }

    private long failures(String condition, LocalDateTime since, Map<String, Object> parameters) {
        TypedQuery<Long> count = em.createQuery("select count(f) from LoginFailure f where " + condition
                + " and f.failedAt > :since", Long.class).setParameter("since", since);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private LoginOutcome failed(LoginOutcome.Result result, String username, String addressHash, LocalDateTime now) {
        em.createQuery("delete from LoginFailure f where f.failedAt <= :before")
                .setParameter("before", now.minusMinutes(2L * LOCK_MINUTES)).executeUpdate();
        String name = username.length() > Account.USERNAME_MAX ? username.substring(0, Account.USERNAME_MAX) : username;
        em.persist(new LoginFailure(addressHash, name, now));
        return LoginOutcome.refused(result, username);
    }

    /**
     * Where a signed-in session of the account stands now: its credential stamp and whether it must change its
     * password first; empty when the account is gone or disabled. Asked on every request of a staff session.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AccountStanding> standing(String username) {
        return em.createNamedQuery(Account.STANDING, Object[].class).setParameter("username", username)
                .getResultStream().findFirst().map(row -> new AccountStanding(((Number) row[0]).intValue(), (Boolean) row[1]));
    }

    public Account create(Account account, String password, String reason) {
        byUsername(account.getUsername()).ifPresent(other -> {
            throw new DuplicateEntityException("username", account.getUsername());
        });
        account.setPasswordHash(hash(password, account.getUsername()));
        return store.create(account, reason);
    }

    /** Saves an administrator's edit; a change of roles or of enabled ends the account's open sessions. */
    public Account update(Account account, String reason) {
        Account current = store.find(Account.class, account.getId());
        boolean standingChanged = current.isEnabled() != account.isEnabled() || !current.getRoles().equals(account.getRoles());
        Account saved = store.update(account, reason);
        if (standingChanged) {
            saved.endSessions();
        }
        return saved;
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
            reset.endSessions();
        });
        return password;
    }

    /**
     * The caller changes their own password, proving they know the current one. Their other sessions end; the
     * new credential stamp is returned for the session that made the change.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
    public int changeOwnPassword(String currentPassword, String newPassword) {
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
            changed.endSessions();
        });
        return account.getCredentialStamp();
    }

    public Account find(long id) {
        return store.find(Account.class, id);
    }

    @PermitAll
    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username).getResultStream()
                .findFirst();
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
