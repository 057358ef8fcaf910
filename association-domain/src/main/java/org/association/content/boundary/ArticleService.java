package org.association.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Page;
import org.association.content.control.HtmlSanitizer;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;

/** Articles: written and published by editors, read by everyone. Bodies are sanitized on every save. */
@Stateless
public class ArticleService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    public Article create(Article article, String reason) {
        article.setBody(HtmlSanitizer.sanitize(article.getBody()));
        refuseTakenSlug(article);
        return store.create(article, reason);
    }

    public Article update(Article article, String reason) {
        article.setBody(HtmlSanitizer.sanitize(article.getBody()));
        refuseTakenSlug(article);
        return store.update(article, reason);
    }

    public Article find(long id) {
        return store.find(Article.class, id);
    }

    /** A published article, or nothing: drafts, scheduled and archived articles are not public. */
    public Optional<Article> findPublished(long id) {
        return Optional.ofNullable(em.find(Article.class, id)).filter(Article::isPublished);
    }

    /** Published articles of all channels, newest add-time first, paged and counted in the database. */
    public Page<ArticleSummary> latestPublished(int page, int size) {
        var items = em.createQuery(ArticleSummary.SELECT + " where a.status = :status order by a.publishedAt desc, a.id desc",
                        ArticleSummary.class)
                .setParameter("status", ArticleStatus.PUBLISHED)
                .setFirstResult(Page.firstResult(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Article.COUNT_PUBLISHED, Long.class).getSingleResult();
        return new Page<>(items, total, page, size);
    }

    private void refuseTakenSlug(Article article) {
        em.createNamedQuery(Article.BY_CHANNEL_AND_SLUG, Article.class)
                .setParameter("channel", article.getChannel())
                .setParameter("slug", article.getSlug())
                .getResultStream()
                .filter(other -> !other.getId().equals(article.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateEntityException("slug", article.getSlug());
                });
    }
}
