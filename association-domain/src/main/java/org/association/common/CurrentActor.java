package org.association.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The name under which a change is recorded: the logged-in staff member, SYSTEM for work the application
 * does by itself (start-up, scheduled publishing), which runs as that principal, or ANONYMOUS for a reader
 * who is not signed in (an application from the public form).
 */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "SYSTEM";
    /** Upper case like SYSTEM, so no account can be named so. */
    public static final String ANONYMOUS = "ANONYMOUS";

    @Inject
    private SecurityContext securityContext;

    public String name() {
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
}
