package org.association.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.entity.Language;

/**
 * A public page that stands for a channel of the navigation tree (a list, the leadership, the
 * directory, the application form): titled by the channel, addressed by its slug in both languages.
 */
public abstract class ChannelPage implements PublicPage {

    @Inject
    protected SiteContext site;

    @Inject
    protected ChannelTree channels;

    @Inject
    protected SiteRequest request;

    protected ChannelNode channel;

    /** Takes the channel that the site router found, before anything else of the page runs. */
    @PostConstruct
    void resolveChannel() {
        channel = request.getChannel();
    }

    public ChannelNode getChannel() {
        return channel;
    }

    @Override
    public String getTitle() {
        return channel.name(site.getLanguage());
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return SiteLinks.channel(site.getLanguage(), channel.slug(), 1);
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(SiteLinks.channel(Language.ZH, channel.slug(), 1));
    }

    @Override
    public List<Crumb> getCrumbs() {
        return Pages.crumbs(channels.current(), channel, site.getLanguage());
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), null);
    }
}
