package org.association.backup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.backup.entity.BackupToken;
import org.association.common.AssociationClock;
import org.association.common.EntityStore;
import org.association.common.Hashes;

/** The tokens config/backup.sh signs its requests with: ADMINs make them (each shown once) and revoke them. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class BackupTokenService {

    /** Marks a token for what it is, should one turn up in a file or a log. */
    static final String PREFIX = "abk_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    /** Makes a token and returns it: the only time it can be read, since only its hash is kept. */
    public String create(String label, String reason) {
        byte[] secret = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.create(new BackupToken(label == null ? null : label.strip(), Hashes.sha256(token)), reason);
        return token;
    }

    public void revoke(long id, int version, String reason) {
        BackupToken token = store.findCurrent(BackupToken.class, id, version);
        store.change(token, "revoked", reason, BackupToken::revoke);
    }

    public List<BackupToken> all() {
        return em.createNamedQuery(BackupToken.ALL, BackupToken.class).getResultList();
    }

    /**
     * The label of the token if it is one that has not been revoked, which is then marked used now. Committed on its
     * own before the backup starts, so that the copy holds the database as it is afterwards, this mark included.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> use(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<BackupToken> found = em.createNamedQuery(BackupToken.BY_HASH, BackupToken.class)
                .setParameter("hash", Hashes.sha256(token)).getResultStream().findFirst();
        // in place, past the version: a backup is no edit of the token, and must not make an administrator's copy stale
        found.ifPresent(used -> em.createQuery("update BackupToken t set t.lastUsedAt = :now where t.id = :id")
                .setParameter("now", clock.now()).setParameter("id", used.getId()).executeUpdate());
        return found.map(BackupToken::getLabel);
    }
}
