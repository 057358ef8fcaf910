package org.association.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.ChannelKind;
import org.association.events.boundary.EventRegistrations;
import org.association.events.entity.Event;
import org.association.web.site.cache.PageKeys;

/**
 * Where a public address leads, decided here alone: {@link #read} finds the channel it names (from the channel tree
 * in memory, for every request, kept pages too); {@link #route}, only when the page is rendered, finds the article,
 * sends an article's address with the wrong date on to the right one, and hands the rest to the view that renders it.
 */
@ApplicationScoped
public class SiteRouter {

    /** Where the calendar files are written (EventCalendarServlet), reached only through the router. */
    private static final String EVENT_CALENDARS = "/calendars/events";
    /** Where the certificates' PDFs are drawn (CertificateServlet), reached only through the router. */
    private static final String CERTIFICATE_FILES = "/certificate-files";

    @Inject
    private ChannelTree channels;

    @Inject
    private PublishedArticles articles;

    @Inject
    private EventRegistrations events;

    @Inject
    private SiteRequest site;

    /** Fills the request's {@link SiteRequest} from its address. */
    void read(SiteAddress address, HttpServletRequest request) {
        String slug = address.channelSlug();
        ChannelNode channel = slug == null ? null : channels.current().bySlug(slug).orElse(null);
        String query = slug != null && channel == null ? "" : PageKeys.pageQuery(address, channel, request);
        site.read(address, channel, query, request.getParameter(PageKeys.PAGE));
    }

    void route(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        SiteAddress address = site.getAddress();
        ChannelNode channel = site.getChannel();
        if (address.channelSlug() != null && channel == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (address.kind()) {
            case HOME -> forward(request, response, "/site/home.xhtml");
            case SEARCH -> forward(request, response, "/site/search.xhtml");
            case FEED, CHANNEL_FEED -> forward(request, response, "/feeds/atom");
            case ARTICLE -> routeArticle(request, response, address, channel);
            case THANKS -> {
                if (channel.kind() == ChannelKind.MEMBERSHIP_APPLICATION) {
                    forward(request, response, "/site/join-thanks.xhtml");
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
            case CHANNEL -> forward(request, response, channelView(channel.kind()));
            case EVENTS, PAST_EVENTS -> forward(request, response, "/site/events.xhtml");
            case EVENT -> routeEvent(request, response, address, "/site/event.xhtml");
            case EVENT_CALENDAR -> routeEvent(request, response, address, EVENT_CALENDARS);
            case EVENTS_CALENDAR -> forward(request, response, EVENT_CALENDARS);
            case EVENT_MANAGE -> forward(request, response, "/site/registration.xhtml");
            case CERTIFICATE -> forward(request, response, "/site/certificate.xhtml");
            case CERTIFICATE_PDF -> forward(request, response, CERTIFICATE_FILES);
            case MEMBERSHIP_CERTIFICATE -> forward(request, response, "/site/membership-certificate.xhtml");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Only published articles are found; an address with the wrong date goes on to the right one. */
    private void routeArticle(HttpServletRequest request, HttpServletResponse response, SiteAddress address, ChannelNode channel)
            throws IOException, ServletException {
        Optional<Article> found = articles.bySlug(channel.id(), address.articleSlug());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Article article = found.get();
        LocalDate day = article.getPublishedAt().toLocalDate();
        if (day.getYear() != address.year() || day.getMonthValue() != address.month() || day.getDayOfMonth() != address.day()) {
            redirect(response, SiteLinks.article(address.language(), channel.slug(), article.getPublishedAt(), article.getSlug()),
                    HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        site.found(article);
        forward(request, response, "/site/article.xhtml");
    }

    /** Only public events are found (no drafts). */
    private void routeEvent(HttpServletRequest request, HttpServletResponse response, SiteAddress address, String view)
            throws IOException, ServletException {
        Optional<Event> found = events.bySlug(address.articleSlug());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        site.found(found.get());
        forward(request, response, view);
    }

    private static String channelView(ChannelKind kind) {
        return switch (kind) {
            case ARTICLES, GROUP -> "/site/channel.xhtml";
            case PAGE -> "/site/page.xhtml";
            case LEADERSHIP -> "/site/leadership.xhtml";
            case SECRETARIAT -> "/site/secretariat.xhtml";
            case MEMBER_DIRECTORY -> "/site/directory.xhtml";
            case MEMBERSHIP_APPLICATION -> "/site/join.xhtml";
        };
    }

    /** Redirects within the site: whatever the address asked for, the target is a path of this site. */
    static void redirect(HttpServletResponse response, String location, int status) {
        response.setStatus(status);
        response.setHeader("Location", SiteLinks.sitePath(location));
        response.setHeader("Cache-Control", "no-store");
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        request.getRequestDispatcher(view).forward(request, response);
    }
}
