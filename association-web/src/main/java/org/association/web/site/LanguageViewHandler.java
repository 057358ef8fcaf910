package org.association.web.site;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.association.content.entity.Language;

/**
 * Renders every view in the reader's language: for public pages the address decides (the site
 * filter has put it in the request), elsewhere the remembered choice or the browser's preference.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object language = request.getAttribute(PublicSiteFilter.LANGUAGE);
        return (language instanceof Language known ? known : languageOf(request)).locale();
    }

    /**
     * Forms of public pages post back to the readable address they were shown at (/en/join), not to the
     * view the site filter forwarded to (/site/join.xhtml), which readers cannot reach.
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String readable && request.getAttribute(PublicSiteFilter.ADDRESS) != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            return query == null ? readable : readable + "?" + query;
        }
        return super.getActionURL(context, viewId);
    }

    /** The language of a request that has none in its address. */
    public static Language languageOf(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (PublicSiteFilter.LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return "en".equals(cookie.getValue()) ? Language.EN : Language.ZH;
                }
            }
        }
        return PublicSiteFilter.prefersEnglish(request) ? Language.EN : Language.ZH;
    }
}
