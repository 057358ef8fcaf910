package org.association.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;

/** Old or internal forms of an address, such as /index.xhtml or /site/article.xhtml?id=12, go to the readable one. */
@ApplicationScoped
public class LegacyAddresses {

    @Inject
    private PublishedArticles articles;

    static boolean isLegacy(String path) {
        return path.endsWith(".xhtml");
    }

    void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String id = "GET".equals(request.getMethod()) ? request.getParameter("id") : null;
        if (path.endsWith("/article.xhtml") && id != null && id.matches("[0-9]{1,18}")) {
            Optional<Article> article = articles.byId(Long.parseLong(id));
            if (article.isPresent()) {
                Article found = article.get();
                SiteRouter.redirect(response, SiteLinks.article(found.getLanguage(), found.getChannel().getSlug(),
                        found.getPublishedAt(), found.getSlug()), HttpServletResponse.SC_MOVED_PERMANENTLY);
                return;
            }
        }
        if (path.equals("/index.xhtml") || path.equals("/site/home.xhtml")) {
            SiteRouter.redirect(response, "/", HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
