package org.association.web.account;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Staff sign in on the site's own login page (LoginBacking); an anonymous request for a page under
 * /admin is sent there and, after a successful login, on to the page it asked for.
 * <p>
 * Who signed in, with their roles, is kept in the session as a small serializable record and told
 * to the container again on each request. A deployment group copies sessions between its servers,
 * but not the container's own record of the caller's roles; with this record, a member of staff
 * whose server stops goes on, on another, still signed in and still allowed what they were.
 * <p>
 * Why a Jakarta Authentication module and not a Jakarta Security {@code HttpAuthenticationMechanism}:
 * the container asks the module about every request, every reader's included. Payara's bridge to a
 * mechanism looks the mechanism up through JNDI and CDI twice per request, which was a fifth of the
 * CPU time of a page served from the page cache. This module answers a reader with one look at the
 * (absent) session. Registered for the site by {@link StaffAuthenticationRegistration}.
 */
public class StaffAuthentication implements ServerAuthModule {

    private static final String LOGIN_PAGE = "/account/login.xhtml";
    private static final String SIGNED_IN = StaffAuthentication.class.getName() + ".signedIn";
    private static final String REQUESTED = StaffAuthentication.class.getName() + ".requested";
    private static final String CREDENTIAL = StaffAuthentication.class.getName() + ".credential";
    /** The key under which the container says that the resource asked for needs a signed-in caller. */
    private static final String IS_MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    /** The caller of a session and the groups (roles) the identity store gave them at login. */
    record SignedIn(String username, Set<String> groups) implements Serializable {
    }

    private final AccountIdentityStore identityStore;
    private CallbackHandler container;

    StaffAuthentication(AccountIdentityStore identityStore) {
        this.identityStore = identityStore;
    }

    /**
     * Signs a member of staff in with a name and password that the application's own code received (the login
     * form, the backup API's Basic header): true when the account store accepted them; the caller is then signed
     * in for this request and, through the session, the following ones.
     */
    public static boolean signIn(HttpServletRequest request, HttpServletResponse response, UsernamePasswordCredential credential)
            throws IOException, ServletException {
        request.setAttribute(CREDENTIAL, credential);
        try {
            return request.authenticate(response);
        } finally {
            request.removeAttribute(CREDENTIAL);
        }
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
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler, Map<String, Object> options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject caller, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        if (request.getAttribute(CREDENTIAL) instanceof UsernamePasswordCredential credential) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthStatus.SEND_FAILURE;
            }
            SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return tellContainer(caller, signedIn);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return tellContainer(caller, signedIn);
        }
        if (Boolean.parseBoolean((String) message.getMap().get(IS_MANDATORY))) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(REQUESTED, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            try {
                ((HttpServletResponse) message.getResponseMessage()).sendRedirect(request.getContextPath() + LOGIN_PAGE);
            } catch (IOException failure) {
                throw (AuthException) new AuthException("the redirect to the login page failed").initCause(failure);
            }
            return AuthStatus.SEND_CONTINUE;
        }
        // a reader: nobody signed in, and the page is open to all
        handle(new CallerPrincipalCallback(caller, (Principal) null));
        return AuthStatus.SUCCESS;
    }

    private AuthStatus tellContainer(Subject caller, SignedIn signedIn) throws AuthException {
        handle(new CallerPrincipalCallback(caller, signedIn.username()),
                new GroupPrincipalCallback(caller, signedIn.groups().toArray(String[]::new)));
        return AuthStatus.SUCCESS;
    }

    private void handle(Callback... callbacks) throws AuthException {
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException failure) {
            throw (AuthException) new AuthException("the container refused the caller").initCause(failure);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    /** Signing out (request.logout()): the session no longer names the caller. */
    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        HttpSession session = ((HttpServletRequest) message.getRequestMessage()).getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
