package org.association.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs test code with the ADMIN role; see {@link Staff}. It has no transaction of its own unless asked for one (the
 * services start theirs), and hands back what the code threw instead of throwing it: this test module
 * does not know the application's exceptions, and would wrap them in EJBExceptions.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunAsAdmin {

    /** The value of some work, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {

        public T get() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return value;
        }
    }

    /** Runs the work in one transaction of its own, as a service that calls others does (the demo data's loader). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> Outcome<T> callInOneTransaction(Callable<T> work) {
        return call(work);
    }

    public <T> Outcome<T> call(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Exception | Error e) {
            return new Outcome<>(null, e);
        }
    }
}
