package org.association.content.boundary;

import java.io.Serializable;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;

/** What the staff's article table is filtered by; null fields do not restrict. */
public record ArticleFilter(Long channelId, ArticleStatus status, Language language, String text) implements Serializable {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);
}
