package org.association.web.content;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.web.site.Messages;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;
import org.association.web.site.SiteRequest;

/**
 * The Atom feeds: /feed.atom for the whole site and /{channel}/feed.atom for a channel and its
 * sub-channels, the 20 newest articles with their full text. Reached only through the site filter,
 * which has settled the language and the channel.
 */
@WebServlet("/feeds/atom")
public class AtomFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int ENTRIES = 20;

    @Inject
    private PublishedArticles articles;

    @Inject
    private ChannelTree channels;

    @Inject
    private SiteContext site;

    @Inject
    private SiteRequest siteRequest;

    @Inject
    private AssociationClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ChannelNode channel = siteRequest.getChannel();
        Language language = site.getLanguage();
        List<Article> newest = articles.newest(channel == null ? null : channels.current().withDescendants(channel), ENTRIES);

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        String siteName = Messages.text(language.locale(), "site.name");
        feed.setTitle(channel == null ? siteName : channel.name(language) + " - " + siteName);
        feed.setLanguage(SiteContext.tag(language));
        feed.setUri(site.absolute(SiteLinks.feed(language, channel == null ? null : channel.slug())));
        feed.setLinks(List.of(link("self", feed.getUri(), "application/atom+xml"),
                link("alternate",
                site.absolute(channel == null ? SiteLinks.home(language) : SiteLinks.channel(language, channel.slug(), 1)),
                        "text/html")));
        feed.setPublishedDate(date(newest.isEmpty() ? clock.now() : newest.get(0).getPublishedAt()));
        feed.setEntries(newest.stream().map(article -> entry(article, language)).toList());

        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            new SyndFeedOutput().output(feed, response.getWriter(), true);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed", e);
        }
    }

    private SyndEntry entry(Article article, Language language) {
        SyndEntry entry = new SyndEntryImpl();
        String address = site.absolute(SiteLinks.article(article.getLanguage(), article.getChannel().getSlug(),
                article.getPublishedAt(), article.getSlug()));
        entry.setUri(address);
        entry.setLink(address);
        entry.setTitle(article.getTitle());
        entry.setAuthor(article.getAuthorName());
        entry.setPublishedDate(date(article.getPublishedAt()));
        entry.setUpdatedDate(date(article.getUpdatedAt() == null ? article.getPublishedAt() : article.getUpdatedAt()));
        if (article.getSummary() != null) {
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(article.getSummary());
            entry.setDescription(summary);
        }
        SyndContentImpl body = new SyndContentImpl();
        body.setType("html");
        // bodies are sanitized when saved; images refer to this site, so they are made absolute
        body.setValue(String.valueOf(article.getBody()).replace("src=\"/files/", "src=\"" + site.absolute("/files/")));
        entry.setContents(List.of(body));
        return entry;
    }

    private Date date(LocalDateTime at) {
        return Date.from(at.atZone(clock.zone()).toInstant());
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
