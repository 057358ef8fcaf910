package org.association.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.association.common.EntityStore;
import org.association.mail.entity.MailSecret;

/** Reads a shared secret, or makes it when no server has yet: a second server making it at once is refused by the key. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    public Optional<String> read(String name) {
        return em.createQuery("select s.secret from MailSecret s where s.name = :name", String.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    public String make(String name) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return store.create(new MailSecret(name, Base64.getEncoder().encodeToString(key)), "made once").getSecret();
    }
}
