package org.association.content.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;

/**
 * What the sitemap needs of a published article to write its address, and its translation's when that is published
 * too (null fields otherwise).
 */
public record SitemapEntry(long id, String channelSlug, String slug, Language language, LocalDateTime publishedAt,
        LocalDateTime updatedAt, String translationChannelSlug, String translationSlug, LocalDateTime translationPublishedAt)
        implements Serializable {

    /** As the query reads it: the translation's fields count only when it is published. */
    public SitemapEntry(long id, String channelSlug, String slug, Language language, LocalDateTime publishedAt,
            LocalDateTime updatedAt, String translationChannelSlug, String translationSlug, LocalDateTime translationPublishedAt,
            ArticleStatus translationStatus) {
        this(id, channelSlug, slug, language, publishedAt, updatedAt,
                translationStatus == ArticleStatus.PUBLISHED ? translationChannelSlug : null,
                translationStatus == ArticleStatus.PUBLISHED ? translationSlug : null,
                translationStatus == ArticleStatus.PUBLISHED ? translationPublishedAt : null);
    }

    public boolean hasTranslation() {
        return translationSlug != null;
    }
}
