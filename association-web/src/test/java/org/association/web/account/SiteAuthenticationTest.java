package org.association.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.association.account.boundary.AccountStanding;
import org.junit.jupiter.api.Test;

/** The checks the authentication module makes of a signed-in session on each request; the servlet objects are plain stand-ins. */
class SiteAuthenticationTest {

    private static final String SIGNED_IN = SiteAuthentication.class.getName() + ".signedIn";

    private final Map<String, Object> session = new HashMap<>();
    private final List<String> redirects = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();
    private final List<String> callers = new ArrayList<>();
    private boolean invalidated;
    private Optional<AccountStanding> standing = Optional.of(new AccountStanding(3, false));

    @Test
    void aSessionOlderThanItsAbsoluteLifetimeEndsHoweverActive() throws Exception {
        session.put(SIGNED_IN, signedIn(Set.of("EDITOR"), 3, Duration.ofHours(13)));
        assertEquals(AuthStatus.SEND_CONTINUE, validate("/admin/articles/", null, true));
        assertTrue(invalidated);
        assertEquals(List.of("/account/login.xhtml"), redirects);
        assertEquals(List.of("alice max-age"), ended);
    }

    @Test
    void aSessionWithinItsLifetimeAndStampGoesOn() throws Exception {
        session.put(SIGNED_IN, signedIn(Set.of("EDITOR"), 3, Duration.ofHours(11)));
        assertEquals(AuthStatus.SUCCESS, validate("/admin/articles/", null, true));
        assertFalse(invalidated);
        assertEquals(List.of("alice"), callers);
    }

    @Test
    void anotherCredentialStampEndsTheSession() throws Exception {
        session.put(SIGNED_IN, new SiteAuthentication.SignedIn("alice", Set.of("ADMIN"), 2, Instant.now()));
        assertEquals(AuthStatus.SUCCESS, validate("/", null, false), "a public page, now as a reader");
        assertTrue(invalidated);
        assertEquals(List.of("alice account-changed"), ended);
        assertNull(callers.get(0));
    }

    @Test
    void aPasswordToChangeOpensThePasswordPageOnlyByTheMappedPath() throws Exception {
        standing = Optional.of(new AccountStanding(3, true));
        session.put(SIGNED_IN, new SiteAuthentication.SignedIn("alice", Set.of("ADMIN"), 3, Instant.now()));
        assertEquals(AuthStatus.SUCCESS, validate("/admin/password.xhtml", null, true));
        assertEquals(AuthStatus.SEND_CONTINUE, validate("/admin/members/index.xhtml", null, true),
                "what /admin/password.xhtml/../members/ is mapped to");
        assertEquals(List.of("/admin/password.xhtml"), redirects);
        assertEquals(AuthStatus.SUCCESS, validate("/api", "/backups", false));
        assertEquals(Arrays.asList("alice", null), callers, "signed in on the password page, anonymous on the API");
        assertFalse(invalidated);
    }

    @Test
    void aMemberGoesOnWhileTheMemberMaySignInAndIsSignedOutOnceNot() throws Exception {
        session.put(SIGNED_IN, new SiteAuthentication.SignedIn("member:12", Set.of("MEMBER"), 0, Instant.now()));
        assertEquals(AuthStatus.SUCCESS, validate("/member/index.xhtml", null, true));
        session.put(SIGNED_IN, new SiteAuthentication.SignedIn("member:13:40", Set.of("MEMBER"), 0, Instant.now()));
        assertEquals(AuthStatus.SEND_CONTINUE, validate("/member/index.xhtml", null, true));
        assertTrue(invalidated);
        assertEquals(List.of("member:12"), callers);
        assertEquals(List.of("member:13:40 member-left"), ended);
        assertEquals(List.of("/member/sign-in.xhtml"), redirects, "the portal's own sign-in page, not the staff login");
    }

    @Test
    void aStaffNameIsNeverTakenForAMember() throws Exception {
        session.put(SIGNED_IN, new SiteAuthentication.SignedIn("alice", Set.of("MEMBER"), 0, Instant.now()));
        assertEquals(AuthStatus.SEND_CONTINUE, validate("/member/index.xhtml", null, true));
        assertEquals(List.of("alice member-left"), ended);
    }

    private static SiteAuthentication.SignedIn signedIn(Set<String> groups, int credentialStamp, Duration ago) {
        return new SiteAuthentication.SignedIn("alice", groups, credentialStamp, Instant.now().minus(ago));
    }

    private AuthStatus validate(String servletPath, String pathInfo, boolean mandatory) throws Exception {
        SiteAuthentication module = new SiteAuthentication(new AccountIdentityStore() {
            @Override
            public Optional<AccountStanding> standing(String username) {
                return standing;
            }

            @Override
            public void sessionEnded(String username, String reason, HttpServletRequest request) {
                ended.add(username + " " + reason);
            }
        }, member -> member.memberId() == 12, Duration.ofHours(12));
        module.initialize(null, null, callbacks -> {
            for (Object callback : callbacks) {
                if (callback instanceof CallerPrincipalCallback caller) {
                    callers.add(caller.getName() != null ? caller.getName()
                            : caller.getPrincipal() == null ? null : caller.getPrincipal().getName());
                }
            }
        }, Map.of());
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getSession" -> invalidated && args != null && Boolean.FALSE.equals(args[0]) ? null : session();
            case "getServletPath" -> servletPath;
            case "getPathInfo" -> pathInfo;
            case "getRequestURI" -> servletPath + (pathInfo == null ? "" : pathInfo);
            case "getContextPath" -> "";
            case "getMethod" -> "GET";
            default -> null;
        });
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> {
            if ("sendRedirect".equals(method)) {
                redirects.add((String) args[0]);
            }
            return null;
        });
        Map<String, Object> options = new HashMap<>();
        options.put("jakarta.security.auth.message.MessagePolicy.isMandatory", String.valueOf(mandatory));
        MessageInfo message = new MessageInfo() {
            @Override
            public Object getRequestMessage() {
                return request;
            }

            @Override
            public Object getResponseMessage() {
                return response;
            }

            @Override
            public void setRequestMessage(Object request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setResponseMessage(Object response) {
                throw new UnsupportedOperationException();
            }

            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Map getMap() {
                return options;
            }
        };
        return module.validateRequest(message, new Subject(), null);
    }

    private HttpSession session() {
        return proxy(HttpSession.class, (method, args) -> switch (method) {
            case "getAttribute" -> session.get((String) args[0]);
            case "setAttribute" -> session.put((String) args[0], args[1]);
            case "removeAttribute" -> session.remove((String) args[0]);
            case "invalidate" -> {
                invalidated = true;
                session.clear();
                yield null;
            }
            default -> null;
        });
    }

    /** What a stand-in answers: by method name and arguments. */
    private interface Answers {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answers answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answers.answer(method.getName(), args)));
    }
}
