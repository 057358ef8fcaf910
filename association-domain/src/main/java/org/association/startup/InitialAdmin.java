package org.association.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure a new installation can be administered: on the first start of an empty database it
 * creates the account "admin" (see {@link InitialAdminCreator}).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @EJB
    private InitialAdminCreator creator;

    @PostConstruct
    void createOnce() {
        try {
            creator.createIfNew();
        } catch (EJBException e) {
            if (!creator.isDone()) {
                throw e;
            }
            LOG.log(Level.INFO, "The first admin account was created by another server at the same time", e);
        }
    }
}
