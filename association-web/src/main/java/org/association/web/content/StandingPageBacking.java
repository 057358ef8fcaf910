package org.association.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.association.content.boundary.ArticleSummary;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.web.site.Pages;
import org.association.web.site.ChannelPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;

/**
 * A channel that is one standing page (the introduction, the articles of association): it shows
 * the channel's newest article in the reader's language, or in the other one when that is all there is.
 */
@Named
@RequestScoped
public class StandingPageBacking extends ChannelPage {

    @Inject
    private PublishedArticles articles;

    private Article article;
    private ArticleAttachments attachments;

    public void load() {
        List<ArticleSummary> newest = articles.latest(List.of(channel.id()), site.getLanguage(), 1);
        if (!newest.isEmpty()) {
            article = articles.byId(newest.get(0).id()).orElse(null);
        }
        attachments = article == null ? ArticleAttachments.NONE : ArticleAttachments.of(articles.attachments(article));
    }

    /** Null while the page has no published text yet. */
    public Article getArticle() {
        return article;
    }

    public ArticleAttachments getAttachments() {
        return attachments;
    }

    @Override
    public String getDescription() {
        return article == null || article.getSummary() == null ? getTitle() : article.getSummary();
    }
}
