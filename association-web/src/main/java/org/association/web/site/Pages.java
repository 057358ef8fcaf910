package org.association.web.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.entity.Language;

/** What public page beans share: the request, answering 404, crumbs and alternates. */
public final class Pages {

    private Pages() {
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /**
     * Answers 404 with the error page, rendered here in place of the requested view: a sendError from
     * inside the site filter's forward would have the container try its error page twice.
     */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        request().setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_NOT_FOUND);
        request().setAttribute(RequestDispatcher.ERROR_REQUEST_URI,
                request().getAttribute(RequestDispatcher.FORWARD_REQUEST_URI));
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, "/errors/error.xhtml"));
        context.renderResponse();
    }

    /** A page whose address holds its only key: never stored by a browser, never told to another site. */
    public static void keepPrivate() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Referrer-Policy", "no-referrer");
    }

    /** The channel's path in the tree as breadcrumb links, in the reader's language. */
    public static List<PublicPage.Crumb> crumbs(ChannelTree.Snapshot tree, ChannelNode channel, Language language) {
        List<PublicPage.Crumb> crumbs = new ArrayList<>();
        for (ChannelNode node : tree.path(channel)) {
            crumbs.add(new PublicPage.Crumb(node.name(language), SiteLinks.channel(language, node.slug(), 1)));
        }
        return crumbs;
    }

    /** A page that exists in both languages at the same path: Chinese at the root, English under /en. */
    public static Map<Language, String> bothLanguages(String path) {
        Map<Language, String> alternates = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            alternates.put(language, SiteLinks.inLanguage(language, path));
        }
        return alternates;
    }
}
