package org.association.testing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;

/**
 * Runs test code as staff, so that the services' role checks apply: calls made inside
 * {@link #admin} carry the ADMIN role (through a run-as bean, under the application's SYSTEM
 * principal). What the other roles may not do is tested through real logins in the browser tests.
 */
@ApplicationScoped
public class Staff {

    /** Test code that may throw anything. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @EJB
    private RunAsAdmin admin;

    public <T> T admin(Callable<T> work) {
        return admin.call(work).get();
    }

    /** Like {@link #admin(Callable)}, with all the service calls in one transaction, which rolls back if one fails. */
    public <T> T adminInOneTransaction(Callable<T> work) {
        return admin.callInOneTransaction(work).get();
    }

    public void admin(Work work) {
        admin.call(() -> {
            work.run();
            return null;
        }).get();
    }
}
