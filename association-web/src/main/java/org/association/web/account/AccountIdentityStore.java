package org.association.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.association.account.boundary.AccountService;
import org.association.account.boundary.LoginOutcome;
import org.association.account.entity.Role;

/**
 * Checks staff logins against the Account table; an account's roles are its groups, which the
 * application maps to its roles of the same names (glassfish-application.xml).
 */
@ApplicationScoped
public class AccountIdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecurityLog securityLog;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
        String address = request.getRemoteAddr();
        switch (outcome.result()) {
            case SUCCESS -> {
                securityLog.loginSucceeded(outcome.username(), address);
                return new CredentialValidationResult(outcome.username(),
                        outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
            }
            case LOCKED_NOW -> securityLog.locked(outcome.username(), address);
            default -> securityLog.loginRefused(credential.getCaller(), address, outcome.result().name());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
