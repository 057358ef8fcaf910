package org.association.content.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;

/** A line of the staff's article table, read without bodies. */
public record ArticleRow(long id, String title, Language language, ArticleStatus status, boolean pinned,
        LocalDateTime publishedAt,
        String channelNameZh, String channelNameEn, LocalDateTime updatedAt, String updatedBy) implements Serializable {
}
