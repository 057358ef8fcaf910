package org.association.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.association.account.boundary.AccountService;
import org.association.account.boundary.AccountStanding;
import org.association.account.boundary.LoginOutcome;
import org.association.web.site.ClientAddress;

/**
 * Checks staff logins against the Account table, from the client's address (which the throttles count); an
 * account's roles are its groups, which the application maps to its roles of the same names
 * (glassfish-application.xml).
 */
@ApplicationScoped
public class AccountIdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ClientAddress clientAddress;

    /** What the login came to, each refusal in the server log. */
    public LoginOutcome validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        String address = clientAddress.of(request);
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString(), address);
        switch (outcome.result()) {
            case SUCCESS -> securityLog.loginSucceeded(outcome.username(), address);
            case LOCKED_NOW -> securityLog.locked(outcome.username(), address);
            default -> securityLog.loginRefused(credential.getCaller(), address, outcome.result().name());
        }
        return outcome;
    }

    /** Where a signed-in account stands now; empty when it is gone or disabled. */
    public Optional<AccountStanding> standing(String username) {
        return accounts.standing(username);
    }

    /** A session ended by the server, not by its user. */
    public void sessionEnded(String username, String reason, HttpServletRequest request) {
        securityLog.sessionEnded(username, reason, clientAddress.of(request));
    }
}
