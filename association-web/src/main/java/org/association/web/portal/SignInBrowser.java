package org.association.web.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.association.common.SecretToken;
import org.association.portal.boundary.MemberSignIn;

/**
 * The secret a browser keeps while it waits for a sign-in link: a cookie for the portal's addresses only, which the
 * link must come back with. SameSite=Lax, for the link is opened from a mail, a top-level navigation from elsewhere.
 */
final class SignInBrowser {

    private static final String COOKIE = "member-sign-in";
    private static final String PATH = "/member";

    private SignInBrowser() {
    }

    /** The browser's nonce, the one it has or a new one it is given now; valid as long as a link. */
    static String nonce(HttpServletRequest request, HttpServletResponse response) {
        String nonce = of(request).orElseGet(SecretToken::create);
        response.addCookie(cookie(request, nonce, (int) MemberSignIn.LINK_LIFETIME.toSeconds()));
        return nonce;
    }

    static Optional<String> of(HttpServletRequest request) {
        return request.getCookies() == null ? Optional.empty() : Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()) && SecretToken.isWellFormed(cookie.getValue()))
                .map(Cookie::getValue).findFirst();
    }

    /** Signed in: the nonce has done its work. */
    static void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + PATH);
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
