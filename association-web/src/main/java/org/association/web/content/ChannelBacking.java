package org.association.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.association.common.Page;
import org.association.content.boundary.ArticleSummary;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.web.site.Pages;
import org.association.web.site.ChannelPage;
import org.association.web.site.SiteLinks;

/** A channel page: its articles and its sub-channels' articles, pinned first, 20 a page. */
@Named
@RequestScoped
public class ChannelBacking extends ChannelPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private PublishedArticles articles;

    private Page<ArticleSummary> page;

    public void load() {
        int number = request.getPageNumber();
        if (number < 1) {
            Pages.notFound();
            return;
        }
        if (channel.kind() == ChannelKind.GROUP) {
            return;
        }
        page = articles.channelPage(channels.current().withDescendants(channel), site.getLanguage(), number, PAGE_SIZE);
        if (number > page.pageCount()) {
            Pages.notFound();
        }
    }

    /** Null for a channel that only groups others. */
    public Page<ArticleSummary> getPage() {
        return page;
    }

    public String pageLink(int number) {
        return SiteLinks.channel(site.getLanguage(), channel.slug(), number);
    }

    /** Page numbers to offer: the first, the last, and two either side of the current one; 0 marks a gap. */
    public List<Integer> getPageLinks() {
        return PageLinks.around(page.number(), page.pageCount());
    }

    @Override
    public String getCanonicalPath() {
        return SiteLinks.channel(site.getLanguage(), channel.slug(), page == null ? 1 : page.number());
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(SiteLinks.channel(Language.ZH, channel.slug(), page == null ? 1 : page.number()));
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), channel.slug());
    }
}
