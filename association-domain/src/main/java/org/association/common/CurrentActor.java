package org.association.common;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;

/**
 * The name under which a change is recorded: the logged-in staff member, SYSTEM for work the application
 * does by itself (start-up, scheduled publishing), which runs as that principal, or ANONYMOUS for a reader
 * who is not signed in (an application from the public form). Work done on someone else's word, a payment provider's
 * signed callback, is recorded under that one's name for the rest of its transaction ({@link #actAs}).
 */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "SYSTEM";
    /** Upper case like SYSTEM, so no account can be named so. */
    public static final String ANONYMOUS = "ANONYMOUS";

    private static final String ACTING_AS = CurrentActor.class.getName() + ".actingAs";

    @Inject
    private SecurityContext securityContext;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Records the rest of the current transaction's work under that name (say "provider:fake"), which no account can
     * have: a name with a colon that is not a member's.
     */
    public void actAs(String name) {
        transactions.putResource(ACTING_AS, name);
    }

    public String name() {
        String actingAs = actingAs();
        if (actingAs != null) {
            return actingAs;
        }
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (IllegalStateException e) {
            // asked while the container commits a transaction it started for itself (start-up work, whose
            // writes EclipseLink may complete at the commit): there is no caller, the work is the system's
            return SYSTEM;
        }
        return principal == null ? ANONYMOUS : principal.getName();
    }

    /**
     * For a service that staff use on any member and a signed-in member on their own records only: refuses a member's
     * call about another member as if that member did not exist, so an id put in a request by hand finds nothing.
     */
    public void requireOwnRecords(long memberId) {
        if (securityContext.isCallerInRole(PortalCaller.ROLE)
                && PortalCaller.of(name()).map(PortalCaller::memberId).filter(own -> own == memberId).isEmpty()) {
            throw new NoSuchEntityException("Member", memberId);
        }
    }

    private String actingAs() {
        try {
            return transactions.getTransactionKey() == null ? null : (String) transactions.getResource(ACTING_AS);
        } catch (IllegalStateException completing) {
            // the transaction is completing: its work was stamped before
            return null;
        }
    }
}
