package org.association.web.site;

import jakarta.enterprise.context.RequestScoped;
import org.association.content.boundary.ChannelNode;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.events.entity.Event;

/**
 * A reader's request of a public page as the site's front door read it: the address taken apart, the channel it names,
 * the part of the query the page reads, and (for an article's address) the article found there. Filled by
 * {@link PublicSiteFilter} and {@link SiteRouter}; the pages and their template read it. Empty for any other request.
 */
@RequestScoped
public class SiteRequest {

    private SiteAddress address;
    private ChannelNode channel;
    private String query = "";
    private int pageNumber = 1;
    private Article article;
    private Event event;

    void read(SiteAddress address, ChannelNode channel, String query, String page) {
        this.address = address;
        this.channel = channel;
        this.query = query;
        this.pageNumber = pageNumber(page);
    }

    void found(Article article) {
        this.article = article;
    }

    void found(Event found) {
        this.event = found;
    }

    /** Whether this is a public page's request, read by the site's front door. */
    public boolean isPublicPage() {
        return address != null;
    }

    /** The address's language, or null when this is no public page's request. */
    public Language getLanguage() {
        return address == null ? null : address.language();
    }

    public SiteAddress getAddress() {
        return address;
    }

    /** The channel the address names, or null. */
    public ChannelNode getChannel() {
        return channel;
    }

    /** The part of the query that the page reads (see PageKeys), all that it may write back into its links; perhaps "". */
    public String getQuery() {
        return query;
    }

    /** The page number from ?page=, or 0 when it is not a page number at all. */
    public int getPageNumber() {
        return pageNumber;
    }

    /** The published article at an article's address. */
    public Article getArticle() {
        return article;
    }

    /** The public event at an event's address (or its calendar file's). */
    public Event getEvent() {
        return event;
    }

    static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        return page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 0;
    }
}
