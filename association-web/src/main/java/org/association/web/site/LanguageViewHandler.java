package org.association.web.site;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Renders every view in the reader's language: for public pages the address decides (the site
 * filter has read it into the SiteRequest), elsewhere the remembered choice or the browser's preference.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        SiteRequest site = site();
        return (site.isPublicPage() ? site.getLanguage() : LanguageChoice.of(request)).locale();
    }

    /**
     * Forms of public pages post back to the readable address they were shown at (/en/join), not to the
     * view the site filter forwarded to (/site/join.xhtml), which readers cannot reach.
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String readable && site().isPublicPage()) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            return query == null ? readable : readable + "?" + query;
        }
        return super.getActionURL(context, viewId);
    }

    private static SiteRequest site() {
        return CDI.current().select(SiteRequest.class).get();
    }
}
