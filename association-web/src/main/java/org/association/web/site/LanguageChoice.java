package org.association.web.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.association.content.entity.Language;

/**
 * A reader's or a staff member's choice of language: asked for by the switch (?hl=en), remembered in one cookie that
 * the public site and the back office share, and otherwise the browser's preference.
 */
public final class LanguageChoice {

    private static final String COOKIE = "lang";
    private static final int A_YEAR = 365 * 24 * 3600;

    private LanguageChoice() {
    }

    /** The language the switch asks for, or null. */
    public static Language switched(HttpServletRequest request) {
        return language(request.getParameter(SiteLinks.LANGUAGE_SWITCH));
    }

    /** Remembers the choice, for the whole site and a year. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(A_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The remembered choice, or null when there is none (or the cookie names no language). */
    static Language remembered(HttpServletRequest request) {
        String value = cookie(request);
        return value == null ? null : language(value);
    }

    /** The language of a request that has none in its address: a remembered cookie says it, else the browser. */
    public static Language of(HttpServletRequest request) {
        String value = cookie(request);
        if (value != null) {
            return "en".equals(value) ? Language.EN : Language.ZH;
        }
        return prefersEnglish(request) ? Language.EN : Language.ZH;
    }

    /** True when the browser names English before any Chinese; one that names neither stays Chinese. */
    static boolean prefersEnglish(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return false;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if ("zh".equals(locale.getLanguage())) {
                return false;
            }
            if ("en".equals(locale.getLanguage())) {
                return true;
            }
        }
        return false;
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static Language language(String code) {
        if ("en".equals(code)) {
            return Language.EN;
        }
        return "zh".equals(code) ? Language.ZH : null;
    }
}
