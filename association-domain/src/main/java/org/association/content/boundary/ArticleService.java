package org.association.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Like;
import org.association.content.control.HtmlSanitizer;
import org.association.content.control.Slugs;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;

/**
 * Articles as editors write them: saved with a status (draft, scheduled, published, archived), their
 * bodies sanitized on every save, every change audited. Readers go through {@link PublishedArticles}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ArticleService {

    /** Columns the staff's table sorts by, and the JPQL path of each. */
    static final Map<String, String> SORTABLE = Map.of("title", "a.title", "publishedAt", "a.publishedAt", "status", "a.status",
            "language", "a.language", "updatedAt", "a.updatedAt", "channel", "c.nameZh");

    /** The audit actions of an article whose translation another article's save set or took away. */
    static final String PAIRED = "translation paired";
    static final String UNPAIRED = "translation unpaired";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    public Article create(Article article, String reason) {
        prepare(article);
        Article saved = store.create(article, reason);
        pairTranslation(saved, null);
        return saved;
    }

    public Article update(Article article, String reason) {
        prepare(article);
        Article previous = em.createQuery("select t from Article a join a.translation t where a.id = :id", Article.class)
                .setParameter("id", article.getId()).getResultStream().findFirst().orElse(null);
        Article saved = store.update(article, reason);
        pairTranslation(saved, previous);
        return saved;
    }

    /**
     * Saves an article in the status the editor chose: a draft, published now (at its add-time), scheduled
     * to publish itself at its add-time (which must lie ahead), or archived.
     */
    public Article save(Article article, ArticleStatus status, String reason) {
        if (status == ArticleStatus.SCHEDULED && !article.getPublishedAt().isAfter(clock.now())) {
            throw new BusinessException("error.article.scheduleInPast");
        }
        article.setStatus(status);
        return article.isNew() ? create(article, reason) : update(article, reason);
    }

    /** Pins an article to the top of its lists, or takes it down. */
    public Article pin(long id, int version, boolean pinned) {
        Article article = store.findCurrent(Article.class, id, version);
        return store.change(article, pinned ? "pinned" : "unpinned", null, changed -> changed.setPinned(pinned));
    }

    /** Publishes the scheduled articles whose add-time has come; returns how many. */
    public int publishDue() {
        List<Article> due = em.createQuery("select a from Article a where a.status = :scheduled and a.publishedAt <= :now",
                Article.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", clock.now())
                .getResultList();
        for (Article article : due) {
            store.change(article, "published as scheduled", null, changed -> changed.setStatus(ArticleStatus.PUBLISHED));
        }
        return due.size();
    }

    public Article find(long id) {
        return store.find(Article.class, id);
    }

    /** A page of the staff's table: any status, filtered and sorted in the database. */
    public List<ArticleRow> search(ArticleFilter filter, int first, int max, String sortField, boolean ascending) {
        ArticleQuery query = ArticleQuery.of(filter);
        String order = (sortField == null ? "a.updatedAt" : SORTABLE.getOrDefault(sortField, "a.updatedAt"))
                + (ascending ? " asc" : " desc") + ", a.id desc";
        TypedQuery<ArticleRow> items = em.createQuery("select new "
                + "org.association.content.boundary.ArticleRow(a.id, a.title, a.language,"
                + " a.status, a.pinned, a.publishedAt, c.nameZh, c.nameEn, a.updatedAt, a.updatedBy) from "
                + "Article a join a.channel c"
                + query.where() + " order by " + order, ArticleRow.class);
        query.parameters().forEach(items::setParameter);
        return items.setFirstResult(first).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count(ArticleFilter filter) {
        ArticleQuery query = ArticleQuery.of(filter);
        TypedQuery<Long> count = em.createQuery("select count(a) from Article a join a.channel c" + query.where(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The JPQL condition of an article filter. */
    private record ArticleQuery(String where, Map<String, Object> parameters) {

        static ArticleQuery of(ArticleFilter filter) {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (filter.channelId() != null) {
                where.append(" and c.id = :channel");
                parameters.put("channel", filter.channelId());
            }
            if (filter.status() != null) {
                where.append(" and a.status = :status");
                parameters.put("status", filter.status());
            }
            if (filter.language() != null) {
                where.append(" and a.language = :language");
                parameters.put("language", filter.language());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                where.append(" and (lower(a.title) like :text" + Like.ESCAPE + " or lower(a.slug) like :text" + Like.ESCAPE
                        + ")");
                parameters.put("text", Like.containing(filter.text().strip().toLowerCase(Locale.ROOT)));
            }
            return new ArticleQuery(where.toString(), parameters);
        }
    }

    /** How many articles are in each status, for the dashboard. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
    public Map<ArticleStatus, Long> countsByStatus() {
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select a.status, count(a) from Article a group by a.status", Object[].class).getResultList()
                .forEach(row -> counts.put((ArticleStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Articles an article may name as its translation: the newest of the other language. */
    public List<ArticleRow> translationCandidates(Language language) {
        Language other = language == Language.ZH ? Language.EN : Language.ZH;
        return search(new ArticleFilter(null, null, other, null), 0, 200, "publishedAt", false);
    }

    /**
     * Sanitizes the body, dates a new article, gives one without a slug the one its title suggests, and refuses a slug
     * taken in the channel or a translation in the same language.
     */
    private void prepare(Article article) {
        article.setBody(HtmlSanitizer.sanitize(article.getBody()));
        if (article.getPublishedAt() == null) {
            article.setPublishedAt(clock.now());
        }
        if (article.getSlug() == null || article.getSlug().isBlank()) {
            article.setSlug(Slugs.suggest(article.getTitle(), article.getPublishedAt()));
        }
        refuseTakenSlug(article);
        Article translation = article.getTranslation();
        if (translation != null && (translation.getLanguage() == article.getLanguage() || translation.equals(article))) {
            throw new BusinessException("error.article.translationLanguage");
        }
    }

    /**
     * Keeps translations pointing at each other: the new partner points back, a former partner (and the new one's) lets go.
     * Each of them is a change of its own record, audited as such: another editor's copy of it is stale now.
     */
    private void pairTranslation(Article saved, Article previous) {
        Article partner = saved.getTranslation();
        if (previous != null && !previous.equals(partner) && saved.equals(previous.getTranslation())) {
            store.change(previous, UNPAIRED, null, former -> former.setTranslation(null));
        }
        if (partner != null) {
            Article managedPartner = store.find(Article.class, partner.getId());
            Article partnersFormer = managedPartner.getTranslation();
            if (partnersFormer != null && !partnersFormer.equals(saved)) {
                store.change(partnersFormer, UNPAIRED, null, former -> former.setTranslation(null));
            }
            store.change(managedPartner, PAIRED, null, paired -> paired.setTranslation(saved));
        }
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
