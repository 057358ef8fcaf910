package org.association.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.web.site.SiteAddress.Kind;

/**
 * The front door of the public site. For every reader's request it settles the language (the
 * address says it; a reader's choice, remembered in a cookie, or the browser's Accept-Language may
 * redirect to the other one), answers from the page cache when it can, and otherwise hands the
 * readable address to the view that renders it. No HTTP session is involved anywhere.
 */
public class PublicSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String LANGUAGE = "association.language";
    public static final String ADDRESS = "association.address";
    public static final String CHANNEL = "association.channel";
    /** The part of the query that the page reads (see PageKeys), all that it may write back into its links. */
    public static final String QUERY = "association.query";
    static final String LANGUAGE_COOKIE = "lang";

    /** Paths that are not pages: resources, files, the back office. */
    private static final String[] NOT_PAGES = {"/jakarta.faces.resource/", "/resources/", "/files/", "/thumbnails/", "/display/",
        "/admin", "/account/", "/errors/", "/health", "/metrics", "/favicon.ico", "/robots.txt"};
    /** Public answers that are not pages but are the same for everyone: kept in the page cache too. */
    private static final String[] CACHED_RESOURCES = {"/api/", "/sitemap"};

    @Inject
    private ChannelTree channels;

    @Inject
    private PublishedArticles articles;

    @Inject
    private PageCache cache;

    @Inject
    private SiteUrl siteUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (startsWithAny(path, CACHED_RESOURCES)) {
            if (path.startsWith("/api/")) {
                // public, read-only data: any web site may show it
                response.setHeader("Access-Control-Allow-Origin", "*");
            }
            response.setHeader("Vary", "Accept-Encoding");
            serve(request, response, PageKeys.key(path, PageKeys.resourceQuery(path, request)), false,
                    target -> chain.doFilter(request, target));
            return;
        }
        if (startsWithAny(path, NOT_PAGES)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.endsWith(".xhtml")) {
            redirectOldAddress(request, response, path);
            return;
        }
        SiteAddress address = SiteAddress.parse(path);
        // either language's address may send a reader to the other one: by the remembered choice (a cookie), and a
        // Chinese one also by the browser's languages; any page may come gzipped
        response.setHeader("Vary", address.language() == Language.ZH ? "Accept-Language, Cookie, Accept-Encoding"
                : "Cookie, Accept-Encoding");
        Optional<Language> chosen = languageChoice(request, response, address);
        if (chosen.isPresent()) {
            redirect(response, SiteLinks.inLanguage(chosen.get(), pathWithoutSwitch(request)), HttpServletResponse.SC_FOUND);
            return;
        }
        ChannelNode channel = null;
        if (address.channelSlug() != null) {
            channel = channels.current().bySlug(address.channelSlug()).orElse(null);
            if (channel == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        String query = PageKeys.pageQuery(address, channel, request);
        request.setAttribute(LANGUAGE, address.language());
        request.setAttribute(ADDRESS, address);
        request.setAttribute(CHANNEL, channel);
        request.setAttribute(QUERY, query);
        ChannelNode routed = channel;
        serve(request, response, PageKeys.key(path, query), routed != null && showsMembers(routed.kind()),
                target -> route(request, target, address, routed));
    }

    /** Answers from the page cache what may be kept there, and renders the rest as it is. */
    private void serve(HttpServletRequest request, HttpServletResponse response, String key, boolean showsMembers,
            PageResponses.Renderer renderer) throws IOException, ServletException {
        if (PageResponses.isCacheable(request)) {
            PageResponses.serve(request, response, cache, new PageResponses.Kept(key, showsMembers,
                    siteUrl.isSiteHost(request.getHeader("Host"))), renderer);
        } else {
            renderer.render(response);
        }
    }

    /** Pages that show members' names: the only public pages that a change to a member changes. */
    private static boolean showsMembers(ChannelKind kind) {
        return kind == ChannelKind.LEADERSHIP || kind == ChannelKind.SECRETARIAT || kind == ChannelKind.MEMBER_DIRECTORY;
    }

    private void route(HttpServletRequest request, HttpServletResponse response, SiteAddress address, ChannelNode channel)
            throws IOException, ServletException {
        switch (address.kind()) {
            case HOME -> forward(request, response, "/site/home.xhtml");
            case SEARCH -> forward(request, response, "/site/search.xhtml");
            case FEED -> forward(request, response, "/feeds/atom");
            case CHANNEL, CHANNEL_FEED, THANKS, ARTICLE -> routeInChannel(request, response, address, channel);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void routeInChannel(HttpServletRequest request, HttpServletResponse response, SiteAddress address, ChannelNode channel)
            throws IOException, ServletException {
        if (address.kind() == Kind.ARTICLE) {
            forward(request, response, "/site/article.xhtml");
        } else if (address.kind() == Kind.CHANNEL_FEED) {
            forward(request, response, "/feeds/atom");
        } else if (address.kind() == Kind.THANKS) {
            if (channel.kind() == ChannelKind.MEMBERSHIP_APPLICATION) {
                forward(request, response, "/site/join-thanks.xhtml");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else {
            forward(request, response, switch (channel.kind()) {
                case ARTICLES, GROUP -> "/site/channel.xhtml";
                case PAGE -> "/site/page.xhtml";
                case LEADERSHIP -> "/site/leadership.xhtml";
                case SECRETARIAT -> "/site/secretariat.xhtml";
                case MEMBER_DIRECTORY -> "/site/directory.xhtml";
                case MEMBERSHIP_APPLICATION -> "/site/join.xhtml";
            });
        }
    }

    /**
     * The language to redirect to, if not the address's own: an explicit switch (?hl=en), else the
     * remembered choice, else, for a Chinese address, a browser that prefers English.
     */
    private static Optional<Language> languageChoice(HttpServletRequest request, HttpServletResponse response, SiteAddress address) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        Language switched = languageCode(request.getParameter(SiteLinks.LANGUAGE_SWITCH));
        if (switched != null) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, switched.code());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return Optional.of(switched);
        }
        Language remembered = remembered(request);
        if (remembered != null) {
            return remembered == address.language() ? Optional.empty() : Optional.of(remembered);
        }
        if (address.language() == Language.ZH && prefersEnglish(request)) {
            return Optional.of(Language.EN);
        }
        return Optional.empty();
    }

    private static Language remembered(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                return languageCode(cookie.getValue());
            }
        }
        return null;
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

    private static Language languageCode(String code) {
        if ("en".equals(code)) {
            return Language.EN;
        }
        return "zh".equals(code) ? Language.ZH : null;
    }

    /** Old or internal forms of an address, such as /index.xhtml or /site/article.xhtml?id=12, go to the readable one. */
    private void redirectOldAddress(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String id = "GET".equals(request.getMethod()) ? request.getParameter("id") : null;
        if (path.endsWith("/article.xhtml") && id != null && id.matches("[0-9]{1,18}")) {
            Optional<Article> article = articles.byId(Long.parseLong(id));
            if (article.isPresent()) {
                Article found = article.get();
                redirect(response, SiteLinks.article(found.getLanguage(), found.getChannel().getSlug(), found.getPublishedAt(),
                        found.getSlug()), HttpServletResponse.SC_MOVED_PERMANENTLY);
                return;
            }
        }
        if (path.equals("/index.xhtml") || path.equals("/site/home.xhtml")) {
            redirect(response, "/", HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static boolean startsWithAny(String path, String[] prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The path and query as the reader asked for them, without the language switch. */
    private static String pathWithoutSwitch(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length())
                + SiteLinks.withoutLanguageSwitch(request.getQueryString());
    }

    /** Redirects within the site: whatever the address asked for, the target is a path of this site. */
    private static void redirect(HttpServletResponse response, String location, int status) {
        response.setStatus(status);
        response.setHeader("Location", SiteLinks.sitePath(location));
        response.setHeader("Cache-Control", "no-store");
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        request.getRequestDispatcher(view).forward(request, response);
    }
}
