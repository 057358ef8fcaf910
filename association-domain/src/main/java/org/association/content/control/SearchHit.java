package org.association.content.control;

import java.time.LocalDateTime;
import org.association.content.entity.Language;

/**
 * One article found by a search.
 *
 * @param title the title, HTML-escaped, with {@code <mark>…</mark>} around the matches
 * @param snippet HTML-escaped plain text of at most {@value SearchIndex#SNIPPET_CHARS} characters (plus ellipses) from
 *        the summary or body, with {@code <mark>…</mark>} around the matches; the start of the summary (or else of the
 *        body) when only the title matched; empty when the article has neither
 */
public record SearchHit(long id, Language language, String channelSlug, String slug, String title, String snippet,
        float score, LocalDateTime publishedAt) {
}
