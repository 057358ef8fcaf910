package org.association.events.boundary;

import java.time.LocalDateTime;
import org.association.content.entity.Language;

/** A published article an event links to (its announcement or its report): what its link on the event's page needs. */
public record LinkedArticle(String title, Language language, String channelSlug, LocalDateTime publishedAt, String slug) {
}
