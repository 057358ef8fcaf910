package org.association.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.association.common.Page;
import org.association.content.boundary.ArticleSummary;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Article;
import org.association.content.entity.Language;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;

/**
 * Published articles as JSON: GET /api/articles?channel=&amp;language=&amp;page=&amp;size= and
 * GET /api/articles/{id}. Nothing unpublished is ever answered; bad parameters get a 400 that says why.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    public record ArticleItem(long id, String title, String summary, String language, String channel, LocalDateTime publishedAt,
            String url) {
    }

    public record AttachmentItem(String name, String contentType, long size, String url, String thumbnailUrl, Integer width,
            Integer height, String caption) {
    }

    public record ArticleDetail(long id, String title, String summary, String language, String channel, String author,
            LocalDateTime publishedAt, String url, Long translationId, String bodyHtml, List<AttachmentItem> attachments) {
    }

    public record ArticlePage(int page, int size, long total, int pageCount, List<ArticleItem> items) {
    }

    public record Problem(int status, String message) {
    }

    @Inject
    private PublishedArticles articles;

    @Inject
    private ChannelTree channels;

    @Inject
    private SiteContext site;

    @GET
    public Response list(@QueryParam("channel") String channelSlug, @QueryParam("language") String language,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Integer number = number(page, 1, Integer.MAX_VALUE);
        Integer pageSize = number(size, DEFAULT_SIZE, MAX_SIZE);
        if (number == null || pageSize == null) {
            return problem(Response.Status.BAD_REQUEST, "page must be a whole number from 1, size one from 1 to " + MAX_SIZE);
        }
        Language wanted = null;
        if (language != null) {
            wanted = switch (language) {
                case "zh" -> Language.ZH;
                case "en" -> Language.EN;
                default -> null;
            };
            if (wanted == null) {
                return problem(Response.Status.BAD_REQUEST, "language must be zh or en");
            }
        }
        List<Long> channelIds = null;
        if (channelSlug != null) {
            ChannelNode channel = channels.current().bySlug(channelSlug).orElse(null);
            if (channel == null) {
                return problem(Response.Status.NOT_FOUND, "no channel " + channelSlug);
            }
            channelIds = channels.current().withDescendants(channel);
        }
        Page<ArticleSummary> found = articles.all(channelIds, wanted, number, pageSize);
        List<ArticleItem> items = found.items().stream().map(this::item).toList();
        return Response.ok(new ArticlePage(found.number(), found.size(), found.total(), found.pageCount(), items)).build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        if (!id.matches("[0-9]{1,18}")) {
            return problem(Response.Status.NOT_FOUND, "no published article " + id);
        }
        return articles.byId(Long.parseLong(id))
                .map(article -> Response.ok(detail(article)).build())
                .orElseGet(() -> problem(Response.Status.NOT_FOUND, "no published article " + id));
    }

    private ArticleItem item(ArticleSummary summary) {
        return new ArticleItem(summary.id(), summary.title(), summary.summary(), summary.language().code(), summary.channelSlug(),
                summary.publishedAt(),
                site.absolute(SiteLinks.article(summary.language(), summary.channelSlug(), summary.publishedAt(),
                summary.slug())));
    }

    private ArticleDetail detail(Article article) {
        List<AttachmentItem> attachments = articles.attachments(article).stream()
                .map(file -> new AttachmentItem(file.getFileName(), file.getContentType(), file.getSizeBytes(),
                        site.absolute(SiteLinks.file(file.getId(), file.getFileName())),
                        file.isImage() ? site.absolute(SiteLinks.thumbnail(file.getId())) : null,
                        file.getWidth(), file.getHeight(), file.getCaption()))
                .toList();
        Article translation = article.getTranslation();
        return new ArticleDetail(article.getId(), article.getTitle(), article.getSummary(), article.getLanguage().code(),
                article.getChannel().getSlug(), article.getAuthorName(), article.getPublishedAt(),
                site.absolute(SiteLinks.article(article.getLanguage(), article.getChannel().getSlug(), article.getPublishedAt(),
                        article.getSlug())),
                translation != null && translation.isPublished() ? translation.getId() : null, article.getBody(), attachments);
    }

    /** A whole number within bounds, the default when absent, or null when it is not one. */
    static Integer number(String value, int absent, int max) {
        if (value == null) {
            return absent;
        }
        if (!value.matches("[1-9][0-9]{0,8}")) {
            return null;
        }
        int number = Integer.parseInt(value);
        return number <= max ? number : null;
    }

    private static Response problem(Response.Status status, String message) {
        return Response.status(status).entity(new Problem(status.getStatusCode(), message)).type(MediaType.APPLICATION_JSON)
                .build();
    }
}
