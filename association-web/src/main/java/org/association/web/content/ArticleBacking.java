package org.association.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.content.boundary.ArticleSummary;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.web.site.Pages;
import org.association.web.site.PublicPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;
import org.association.web.site.SiteRequest;

/** An article: the one the site router found at its channel, date and slug. */
@Named
@RequestScoped
public class ArticleBacking implements PublicPage {

    @Inject
    private PublishedArticles articles;

    @Inject
    private ChannelTree channels;

    @Inject
    private SiteContext site;

    @Inject
    private SiteRequest request;

    private ChannelNode channel;
    private Article article;
    private ArticleAttachments attachments;
    private Optional<ArticleSummary> previous;
    private Optional<ArticleSummary> next;

    public void load() {
        channel = request.getChannel();
        article = request.getArticle();
        attachments = ArticleAttachments.of(articles.attachments(article));
        previous = articles.neighbour(article, false);
        next = articles.neighbour(article, true);
    }

    public Article getArticle() {
        return article;
    }

    public ChannelNode getChannel() {
        return channel;
    }

    public ArticleAttachments getAttachments() {
        return attachments;
    }

    public ArticleSummary getPrevious() {
        return previous.orElse(null);
    }

    public ArticleSummary getNext() {
        return next.orElse(null);
    }

    /** The published translation, or null. */
    public Article getTranslation() {
        Article translation = article.getTranslation();
        return translation != null && translation.isPublished() ? translation : null;
    }

    public String link(Article other) {
        return SiteLinks.article(site.getLanguage(), other.getChannel().getSlug(), other.getPublishedAt(), other.getSlug());
    }

    @Override
    public String getTitle() {
        return article.getTitle();
    }

    @Override
    public String getDescription() {
        return article.getSummary() == null ? article.getTitle() : article.getSummary();
    }

    /** Articles are canonical in the interface of their own language. */
    @Override
    public String getCanonicalPath() {
        return SiteLinks.article(article.getLanguage(), channel.slug(), article.getPublishedAt(), article.getSlug());
    }

    @Override
    public Map<Language, String> getAlternates() {
        Map<Language, String> alternates = new EnumMap<>(Language.class);
        alternates.put(article.getLanguage(), getCanonicalPath());
        Article translation = getTranslation();
        if (translation != null) {
            alternates.put(translation.getLanguage(), SiteLinks.article(translation.getLanguage(),
                    translation.getChannel().getSlug(), translation.getPublishedAt(), translation.getSlug()));
        }
        return alternates;
    }

    @Override
    public List<Crumb> getCrumbs() {
        return Pages.crumbs(channels.current(), channel, site.getLanguage());
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), channel.slug());
    }
}
