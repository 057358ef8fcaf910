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
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.web.site.Messages;
import org.association.web.site.Pages;
import org.association.web.site.PublicPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;

/** The home page: pinned articles, then the newest of each main channel. */
@Named
@RequestScoped
public class HomeBacking implements PublicPage {

    static final int PINNED = 5;
    static final int PER_SECTION = 6;

    /** A main channel and its newest articles. */
    public record Section(ChannelNode channel, List<ArticleSummary> articles) {
    }

    @Inject
    private PublishedArticles articles;

    @Inject
    private ChannelTree channels;

    @Inject
    private SiteContext site;

    private List<ArticleSummary> pinned;
    private List<Section> sections;

    public void load() {
        Language language = site.getLanguage();
        ChannelTree.Snapshot tree = channels.current();
        pinned = articles.pinned(language, PINNED);
        sections = tree.roots().stream()
                .filter(root -> root.kind() == ChannelKind.ARTICLES)
                .map(root -> new Section(root, articles.latest(tree.withDescendants(root), language, PER_SECTION)))
                .filter(section -> !section.articles().isEmpty())
                .toList();
    }

    public List<ArticleSummary> getPinned() {
        return pinned;
    }

    public List<Section> getSections() {
        return sections;
    }

    @Override
    public String getTitle() {
        return null;
    }

    @Override
    public String getDescription() {
        return Messages.text(site.getLocale(), "site.description");
    }

    @Override
    public String getCanonicalPath() {
        return site.getHome();
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages("/");
    }

    @Override
    public List<Crumb> getCrumbs() {
        return List.of();
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), null);
    }
}
