package org.association.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.content.control.HtmlSanitizer;
import org.association.content.entity.Article;

/** Articles as editors write them. Bodies are sanitized on every save. Readers go through {@link PublishedArticles}. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
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
