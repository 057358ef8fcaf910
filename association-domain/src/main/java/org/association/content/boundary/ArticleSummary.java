package org.association.content.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.association.content.entity.Language;

/** What a list shows of an article, read in one query without the body. */
public record ArticleSummary(long id, String title, String summary, Language language, LocalDateTime publishedAt,
        boolean pinned, String slug, String channelSlug, String channelNameZh, String channelNameEn) implements Serializable {

    /** The JPQL constructor expression that fills it from {@code Article a join a.channel c}. */
    static final String SELECT = "select new org.association.content.boundary.ArticleSummary(a.id, a.title, a.summary,"
            + " a.language, a.publishedAt, a.pinned, a.slug, c.slug, c.nameZh, c.nameEn) from Article a join a.channel c";
}
