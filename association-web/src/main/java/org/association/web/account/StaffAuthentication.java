package org.association.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.association.account.entity.Role;

/**
 * Staff sign in on the site's own login page (LoginBacking); an anonymous request for a page under
 * /admin is sent there and, after a successful login, on to the page it asked for.
 * <p>
 * Who signed in, with their roles, is kept in the session as a small serializable record and told
 * to the container again on each request. A deployment group copies sessions between its servers,
 * but not the container's own record of the caller's roles (nor would Jakarta Security's
 * {@code @AutoApplySession} and {@code @LoginToContinue}, which rely on it, see a session that moved);
 * with this record, a member of staff whose server stops goes on, on another, still signed in and
 * still allowed what they were.
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
public class StaffAuthentication implements HttpAuthenticationMechanism {

    private static final String LOGIN_PAGE = "/account/login.xhtml";
    private static final String SIGNED_IN = StaffAuthentication.class.getName() + ".signedIn";
    private static final String REQUESTED = StaffAuthentication.class.getName() + ".requested";

    /** The caller of a session and the groups (roles) the identity store gave them at login. */
    record SignedIn(String username, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN,
                        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(REQUESTED, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** The page that sent the caller to the login, once: where a successful login continues. */
    static Optional<String> takeRequested(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(REQUESTED) instanceof String requested)) {
            return Optional.empty();
        }
        session.removeAttribute(REQUESTED);
        return Optional.of(requested);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }
}
