package org.association.content.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.association.content.entity.Language;

/** What the sitemap needs of a published article to write its address. */
public record SitemapEntry(long id, String channelSlug, String slug, Language language, LocalDateTime publishedAt,
        LocalDateTime updatedAt) implements Serializable {
}
