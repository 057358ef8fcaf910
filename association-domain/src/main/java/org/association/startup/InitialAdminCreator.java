package org.association.startup;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the account "admin" with the ADMIN role, once. Its password is the setting
 * {@code association.admin-password} (environment: ASSOCIATION_ADMIN_PASSWORD) when that is a
 * good password; otherwise a random one, written once to the server log, which must be changed at
 * the first login.
 */
@Stateless
@RunAs(Role.ADMIN_NAME)
public class InitialAdminCreator {

    private static final Logger LOG = Logger.getLogger(InitialAdminCreator.class.getName());

    static final String STEP = "initial-admin";
    static final String USERNAME = "admin";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AssociationClock clock;

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "association.admin-password")
    private Optional<String> configuredPassword;

    public boolean isDone() {
        return em.find(InstallationStep.class, STEP) != null;
    }

    /** In its own transaction, whoever calls: a server that loses the race to another rolls back this alone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfNew() {
        if (isDone()) {
            return;
        }
        em.persist(new InstallationStep(STEP, clock.now()));
        em.flush();
        if (accounts.count() > 0) {
            return; // a database that already has staff accounts needs no first one
        }
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        Optional<String> refusal = configured.flatMap(AdminPasswordCheck::refusal);
        if (refusal.isPresent()) {
            LOG.severe(refusal.get() + " A random password is used instead.");
            configured = Optional.empty();
        }
        String password = configured.orElseGet(AccountService::randomPassword);
        Account admin = new Account(USERNAME, "Administrator", EnumSet.of(Role.ADMIN));
        admin.setMustChangePassword(configured.isEmpty());
        accounts.create(admin, password, "first start of an empty database");
        if (configured.isPresent()) {
            LOG.info("Created the first account: user name admin, with the password from ASSOCIATION_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created the first account: user name admin, password " + password
                    + " (shown this once; it must be changed at the first login)");
        }
    }
}
