package org.association.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.association.common.Page;
import org.association.content.control.search.IndexedArticle;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Attachment;
import org.association.content.entity.Language;

/**
 * What readers see: published articles only, paged and counted in the database. A list in one
 * language shows that language's articles and those of the other language that have no published
 * translation, so a reader never sees the same news twice.
 */
@Stateless
@PermitAll
public class PublishedArticles {

    /** One language's view of the published articles (see the class comment). */
    private static final String LISTED = " left join a.translation t where a.status = :published"
            + " and (a.language = :language or t is null or t.status <> :published)";
    private static final String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";
    private static final String INDEXED = "select new org.association.content.control.search.IndexedArticle("
            + "a.id, a.language, c.slug, a.slug, a.title, a.summary, a.body, a.publishedAt, a.updatedAt)"
            + " from Article a join a.channel c where a.status = :published";

    @PersistenceContext
    private EntityManager em;

    /** A channel page: pinned first, then newest add-time first. */
    public Page<ArticleSummary> channelPage(List<Long> channelIds, Language language, int page, int size) {
        String where = LISTED + " and c.id in :channels";
        List<ArticleSummary> items = listed(ArticleSummary.SELECT + where
                + " order by a.pinned desc, a.publishedAt desc, a.id desc",
                ArticleSummary.class, language)
                .setParameter("channels", channelIds)
                .setFirstResult(Page.firstResult(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = listed("select count(a) from Article a join a.channel c" + where, Long.class, language)
                .setParameter("channels", channelIds)
                .getSingleResult();
        return new Page<>(items, total, page, size);
    }

    /** The newest articles of some channels, for the home page. */
    public List<ArticleSummary> latest(List<Long> channelIds, Language language, int max) {
        return listed(ArticleSummary.SELECT + LISTED + " and c.id in :channels" + NEWEST_FIRST, ArticleSummary.class, language)
                .setParameter("channels", channelIds)
                .setMaxResults(max)
                .getResultList();
    }

    public List<ArticleSummary> pinned(Language language, int max) {
        return listed(ArticleSummary.SELECT + LISTED + " and a.pinned = true" + NEWEST_FIRST, ArticleSummary.class, language)
                .setMaxResults(max)
                .getResultList();
    }

    /** The published article at {@code slug} in a channel, with its translation. */
    public Optional<Article> bySlug(long channelId, String slug) {
        return em.createQuery("select a from Article a join fetch a.channel left join fetch a.translation"
                        + " where a.channel.id = :channel and a.slug = :slug and a.status = :published", Article.class)
                .setParameter("channel", channelId)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    public Optional<Article> byId(long id) {
        return em.createQuery("select a from Article a join fetch a.channel left join fetch a.translation"
                        + " where a.id = :id and a.status = :published", Article.class)
                .setParameter("id", id)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    public List<Attachment> attachments(Article article) {
        return em.createNamedQuery(Attachment.BY_ARTICLE, Attachment.class).setParameter("article", article).getResultList();
    }

    /** The article published just before ({@code newer == false}) or after this one in its channel and language. */
    public Optional<ArticleSummary> neighbour(Article article, boolean newer) {
        String comparison = newer ? ">" : "<";
        String order = newer ? "asc" : "desc";
        return em.createQuery(ArticleSummary.SELECT
                + " where a.status = :published and c.id = :channel and a.language = :language"
                                + " and (a.publishedAt " + comparison + " :at or (a.publishedAt = :at and a.id " + comparison
                                + " :id))"
                                + " order by a.publishedAt " + order + ", a.id " + order, ArticleSummary.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("channel", article.getChannel().getId())
                .setParameter("language", article.getLanguage())
                .setParameter("at", article.getPublishedAt())
                .setParameter("id", article.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The newest published articles with their bodies, of some channels or (null) of all: a feed. */
    public List<Article> newest(List<Long> channelIds, int max) {
        String where = channelIds == null ? "" : " and a.channel.id in :channels";
        TypedQuery<Article> query = em.createQuery("select a from Article a join fetch a.channel where a.status = :published"
                + where + NEWEST_FIRST, Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(max);
        if (channelIds != null) {
            query.setParameter("channels", channelIds);
        }
        return query.getResultList();
    }

    /** Every published article in any language, paged: what apps read through the API. */
    public Page<ArticleSummary> all(List<Long> channelIds, Language language, int page, int size) {
        String where = " where a.status = :published" + (channelIds == null ? "" : " and c.id in :channels")
                + (language == null ? "" : " and a.language = :language");
        TypedQuery<ArticleSummary> items = em.createQuery(ArticleSummary.SELECT + where + NEWEST_FIRST, ArticleSummary.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Article a join a.channel c" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("published", ArticleStatus.PUBLISHED);
            if (channelIds != null) {
                query.setParameter("channels", channelIds);
            }
            if (language != null) {
                query.setParameter("language", language);
            }
        }
        return new Page<>(items.setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    /** Published articles in id order, a slice at a time: the sitemap's files. */
    public List<SitemapEntry> sitemapSlice(int first, int max) {
        return em.createQuery("select new org.association.content.boundary.SitemapEntry(a.id, c.slug, a.slug, a.language,"
                        + " a.publishedAt, a.updatedAt, tc.slug, t.slug, t.publishedAt, t.status) from Article a join a.channel c"
                        + " left join a.translation t left join t.channel tc where a.status = :published order by a.id",
                        SitemapEntry.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** An attachment that readers may download: one of a published article. */
    public Optional<Attachment> publishedAttachment(long id) {
        return em.createQuery("select f from Attachment f join fetch f.article a where f.id = :id and a.status = :published",
                        Attachment.class)
                .setParameter("id", id)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    /** Published articles with their bodies as the search index takes them, a slice in id order after {@code afterId}. */
    public List<IndexedArticle> forIndex(long afterId, int max) {
        return em.createQuery(INDEXED + " and a.id > :after order by a.id", IndexedArticle.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** One article as the search index takes it, if it is published. */
    public Optional<IndexedArticle> forIndex(long id) {
        return em.createQuery(INDEXED + " and a.id = :id", IndexedArticle.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The ids of articles of any status that changed after {@code since}: what an index kept on disk must catch up with. */
    public List<Long> changedSince(LocalDateTime since) {
        return em.createQuery("select a.id from Article a where a.updatedAt > :since", Long.class)
                .setParameter("since", since)
                .getResultList();
    }

    public long countPublished() {
        return em.createNamedQuery(Article.COUNT_PUBLISHED, Long.class).getSingleResult();
    }

    /** When anything published last changed: the freshness of feeds and sitemaps. */
    public Optional<LocalDateTime> lastChange() {
        return Optional.ofNullable(em.createQuery("select max(a.updatedAt) from Article a where a.status = :published",
                LocalDateTime.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult());
    }

    private <T> TypedQuery<T> listed(String jpql, Class<T> type, Language language) {
        return em.createQuery(jpql, type)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("language", language);
    }
}
