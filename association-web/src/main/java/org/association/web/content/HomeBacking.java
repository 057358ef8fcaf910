package org.association.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.association.common.Page;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.ArticleSummary;

/** The home page: the latest published articles. */
@Named
@RequestScoped
public class HomeBacking {

    static final int LATEST = 20;

    @Inject
    private ArticleService articles;

    private Page<ArticleSummary> latest;

    public Page<ArticleSummary> getLatest() {
        if (latest == null) {
            latest = articles.latestPublished(1, LATEST);
        }
        return latest;
    }
}
