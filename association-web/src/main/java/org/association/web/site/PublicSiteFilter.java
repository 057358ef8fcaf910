package org.association.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.association.content.entity.Language;
import org.association.web.site.cache.CachePolicy;
import org.association.web.site.cache.PageCache;
import org.association.web.site.cache.PageKeys;
import org.association.web.site.cache.PageResponses;

/**
 * The front door of the public site. For every reader's request it settles the language (the address says it; a
 * reader's choice, remembered in a cookie, or the browser's Accept-Language may redirect to the other one), has
 * {@link SiteRouter} read the address into the request's {@link SiteRequest}, answers from the page cache when it can,
 * and otherwise has the router render the page. No HTTP session is involved anywhere.
 */
public class PublicSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteRouter router;

    @Inject
    private LegacyAddresses legacy;

    @Inject
    private PageCache cache;

    @Inject
    private SiteUrl siteUrl;

    @Inject
    private SiteRequest site;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (CachePolicy.answerAt(path)) {
            case RESOURCE -> {
                response.setHeader("Vary", "Accept-Encoding");
                serve(request, response, PageKeys.key(path, PageKeys.resourceQuery(path, request)), false, true,
                        target -> chain.doFilter(request, target));
            }
            case NOT_A_PAGE -> chain.doFilter(request, response);
            case PAGE -> {
                if (LegacyAddresses.isLegacy(path)) {
                    legacy.redirect(request, response, path);
                } else {
                    page(request, response, path);
                }
            }
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException, ServletException {
        SiteAddress address = SiteAddress.parse(path);
        // either language's address may send a reader to the other one: by the remembered choice (a cookie), and a
        // Chinese one also by the browser's languages; any page may come gzipped
        response.setHeader("Vary", address.language() == Language.ZH ? "Accept-Language, Cookie, Accept-Encoding"
                : "Cookie, Accept-Encoding");
        Optional<Language> chosen = languageChoice(request, response, address);
        if (chosen.isPresent()) {
            SiteRouter.redirect(response, SiteLinks.inLanguage(chosen.get(), pathWithoutSwitch(request)),
                    HttpServletResponse.SC_FOUND);
            return;
        }
        router.read(address, request);
        boolean showsMembers = site.getChannel() != null && CachePolicy.showsMembers(site.getChannel().kind());
        serve(request, response, PageKeys.key(path, site.getQuery()), showsMembers, CachePolicy.keeps(address),
                target -> router.route(request, target));
    }

    /** Answers from the page cache what may be kept there, and renders the rest as it is. */
    private void serve(HttpServletRequest request, HttpServletResponse response, String key, boolean showsMembers,
            boolean kept, PageResponses.Renderer renderer) throws IOException, ServletException {
        if (kept && CachePolicy.isCacheable(request)) {
            PageResponses.serve(request, response, cache, new PageResponses.Kept(key, showsMembers,
                    siteUrl.isSiteHost(request.getHeader("Host"))), renderer);
        } else {
            renderer.render(response);
        }
    }

    /**
     * The language to redirect to, if not the address's own: an explicit switch (?hl=en), remembered from then on, else
     * the remembered choice, else, for a Chinese address, a browser that prefers English.
     */
    private static Optional<Language> languageChoice(HttpServletRequest request, HttpServletResponse response,
            SiteAddress address) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        Language switched = LanguageChoice.switched(request);
        if (switched != null) {
            LanguageChoice.remember(request, response, switched);
            return Optional.of(switched);
        }
        Language remembered = LanguageChoice.remembered(request);
        if (remembered != null) {
            return remembered == address.language() ? Optional.empty() : Optional.of(remembered);
        }
        if (address.language() == Language.ZH && LanguageChoice.prefersEnglish(request)) {
            return Optional.of(Language.EN);
        }
        return Optional.empty();
    }

    /** The path and query as the reader asked for them, without the language switch. */
    private static String pathWithoutSwitch(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length())
                + SiteLinks.withoutLanguageSwitch(request.getQueryString());
    }
}
