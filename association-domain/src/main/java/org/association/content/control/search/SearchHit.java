package org.association.content.control.search;

import java.time.LocalDateTime;
import org.association.content.entity.Language;

/**
 * One article found by a search.
 *
 * @param title the whole title, with the matches
 * @param snippet at most {@value SnippetFormatter#SNIPPET_CHARS} characters (plus ellipses) of the summary or body, with
 *        the matches; the start of the summary (or else of the body) when only the title matched; empty when the
 *        article has neither
 */
public record SearchHit(long id, Language language, String channelSlug, String slug, Snippet title, Snippet snippet,
        float score, LocalDateTime publishedAt) {
}
