package org.association.content.control.search;

import java.time.LocalDateTime;
import java.util.Objects;
import org.association.content.entity.Language;

/**
 * What the search index needs of an article. Only published articles are ever put into it.
 *
 * @param slug the article's slug, which with {@code channelSlug} makes its address
 * @param bodyHtml the sanitized body; the index keeps only its plain text
 * @param updatedAt when the article last changed; the index remembers the latest for catching up after a restart
 */
public record IndexedArticle(long id, Language language, String channelSlug, String slug, String title, String summary,
        String bodyHtml, LocalDateTime publishedAt, LocalDateTime updatedAt) {

    public IndexedArticle {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(channelSlug, "channelSlug");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
