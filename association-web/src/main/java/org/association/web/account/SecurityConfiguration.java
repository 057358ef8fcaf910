package org.association.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.association.account.entity.Role;

/**
 * Staff sign in on the site's own login page; an anonymous request for a page under /admin is sent
 * there and, after a successful login, on to the page it asked for.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/account/login.xhtml", errorPage = "",
        useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
public class SecurityConfiguration {
}
