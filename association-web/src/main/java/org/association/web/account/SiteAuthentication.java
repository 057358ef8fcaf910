package org.association.web.account;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.association.account.boundary.AccountStanding;
import org.association.account.boundary.LoginOutcome;
import org.association.account.entity.Role;
import org.association.common.PortalCaller;

/**
 * Staff sign in on the site's own login page (LoginBacking); an anonymous request for a page under
 * /admin is sent there and, after a successful login, on to the page it asked for. Members sign in to the member
 * portal by a mailed link (MemberLinkServlet), under the one role {@link PortalCaller#ROLE} that no staff account has;
 * an anonymous request for a page under /member is sent to the portal's sign-in page.
 * <p>
 * Who signed in, with their roles, is kept in the session as a small serializable record and told
 * to the container again on each request. A deployment group copies sessions between its servers,
 * but not the container's own record of the caller's roles; with this record, a member of staff
 * whose server stops goes on, on another, still signed in and still allowed what they were.
 * <p>
 * The record is checked against the database on each request. A member's session ends when the member may no longer
 * sign in (resigned, or the contact no longer acts for the institution). A staff session whose account was disabled, or whose
 * credential stamp moved on (roles changed, password reset or changed elsewhere), ends there, on every server alike;
 * so does one older than the absolute lifetime {@code association.session-max-hours}, however busy. An account that
 * must change its password reaches the password page only (checked on the path the container mapped, not the raw
 * URI), and is anonymous everywhere else.
 * <p>
 * Why a Jakarta Authentication module and not a Jakarta Security {@code HttpAuthenticationMechanism}:
 * the container asks the module about every request, every reader's included. Payara's bridge to a
 * mechanism looks the mechanism up through JNDI and CDI twice per request, a large part of the work
 * of a page served from the page cache. This module answers a reader with one look at the
 * (absent) session. Registered for the site by {@link SiteAuthenticationRegistration}.
 */
public class SiteAuthentication implements ServerAuthModule {

    private static final String LOGIN_PAGE = "/account/login.xhtml";
    private static final String PASSWORD_PAGE = "/admin/password.xhtml";
    private static final String PORTAL = "/member/";
    private static final String PORTAL_SIGN_IN_PAGE = "/member/sign-in.xhtml";
    private static final String SIGNED_IN = SiteAuthentication.class.getName() + ".signedIn";
    private static final String REQUESTED = SiteAuthentication.class.getName() + ".requested";
    private static final String CREDENTIAL = SiteAuthentication.class.getName() + ".credential";
    private static final String MEMBER = SiteAuthentication.class.getName() + ".member";
    /** The key under which the container says that the resource asked for needs a signed-in caller. */
    private static final String IS_MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    /** The caller of a session, the groups (roles) and credential stamp of their account at login, and when that was. */
    record SignedIn(String username, Set<String> groups, int credentialStamp, Instant at) implements Serializable {
    }

    private final AccountIdentityStore identityStore;
    private final Predicate<PortalCaller> memberMayEnter;
    private final Duration maxSessionAge;
    private CallbackHandler container;

    SiteAuthentication(AccountIdentityStore identityStore, Predicate<PortalCaller> memberMayEnter, Duration maxSessionAge) {
        this.identityStore = identityStore;
        this.memberMayEnter = memberMayEnter;
        this.maxSessionAge = maxSessionAge;
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

    /** Signs in the member whose sign-in link this request opened: for this request and, through the session, the next ones. */
    public static boolean signIn(HttpServletRequest request, HttpServletResponse response, PortalCaller member)
            throws IOException, ServletException {
        request.setAttribute(MEMBER, member);
        try {
            return request.authenticate(response);
        } finally {
            request.removeAttribute(MEMBER);
        }
    }

    /** The caller changed their own password: this session goes on under the account's new credential stamp. */
    static void credentialStampChanged(HttpServletRequest request, int credentialStamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            session.setAttribute(SIGNED_IN, new SignedIn(signedIn.username(), signedIn.groups(), credentialStamp, signedIn.at()));
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
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler, Map<String,
            Object> options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject caller, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        boolean mandatory = Boolean.parseBoolean((String) message.getMap().get(IS_MANDATORY));
        if (request.getAttribute(CREDENTIAL) instanceof UsernamePasswordCredential credential) {
            LoginOutcome outcome = identityStore.validate(credential, request);
            if (!outcome.succeeded()) {
                return AuthStatus.SEND_FAILURE;
            }
            Set<String> groups = outcome.roles().stream().map(Role::name).collect(Collectors.toSet());
            SignedIn signedIn = new SignedIn(outcome.username(), groups, outcome.credentialStamp(), Instant.now());
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return tellContainer(caller, signedIn);
        }
        if (request.getAttribute(MEMBER) instanceof PortalCaller member) {
            SignedIn signedIn = new SignedIn(member.name(), Set.of(PortalCaller.ROLE), 0, Instant.now());
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return tellContainer(caller, signedIn);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn
                && signedIn.groups().contains(PortalCaller.ROLE)) {
            if (memberStands(signedIn, request)) {
                return tellContainer(caller, signedIn);
            }
            session.invalidate();
        } else if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            Optional<AccountStanding> standing = standing(signedIn, request);
            if (standing.isEmpty()) {
                session.invalidate();
            } else if (!standing.get().mustChangePassword() || PASSWORD_PAGE.equals(mappedPath(request))) {
                return tellContainer(caller, signedIn);
            } else if (mandatory) {
                return redirect(message, request.getContextPath() + PASSWORD_PAGE);
            } else {
                return anonymous(caller);
            }
        }
        if (mandatory && mappedPath(request).startsWith(PORTAL)) {
            return redirect(message, request.getContextPath() + PORTAL_SIGN_IN_PAGE);
        }
        if (mandatory) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(REQUESTED, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return redirect(message, request.getContextPath() + LOGIN_PAGE);
        }
        // a reader: nobody signed in, and the page is open to all
        return anonymous(caller);
    }

    /** The account's standing if the session still counts; empty (and the reason in the log) when it has to end. */
    private Optional<AccountStanding> standing(SignedIn signedIn, HttpServletRequest request) {
        if (signedIn.at().plus(maxSessionAge).isBefore(Instant.now())) {
            identityStore.sessionEnded(signedIn.username(), "max-age", request);
            return Optional.empty();
        }
        Optional<AccountStanding> standing = identityStore.standing(signedIn.username());
        if (standing.isEmpty()) {
            identityStore.sessionEnded(signedIn.username(), "account-disabled", request);
        } else if (standing.get().credentialStamp() != signedIn.credentialStamp()) {
            identityStore.sessionEnded(signedIn.username(), "account-changed", request);
            return Optional.empty();
        }
        return standing;
    }

    /** Whether a member's session still counts: within its lifetime, and the member may still sign in. */
    private boolean memberStands(SignedIn signedIn, HttpServletRequest request) {
        String reason = signedIn.at().plus(maxSessionAge).isBefore(Instant.now()) ? "max-age"
                : PortalCaller.of(signedIn.username()).filter(memberMayEnter).isEmpty() ? "member-left" : null;
        if (reason != null) {
            identityStore.sessionEnded(signedIn.username(), reason, request);
        }
        return reason == null;
    }

    /** The path the container mapped the request to, decoded and with dot segments and path parameters resolved. */
    static String mappedPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    private static AuthStatus redirect(MessageInfo message, String location) throws AuthException {
        try {
            ((HttpServletResponse) message.getResponseMessage()).sendRedirect(location);
        } catch (IOException failure) {
            throw (AuthException) new AuthException("the redirect to " + location + " failed").initCause(failure);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    private AuthStatus anonymous(Subject caller) throws AuthException {
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
