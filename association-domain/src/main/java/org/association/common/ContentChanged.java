package org.association.common;

import java.io.Serializable;

/**
 * Fired whenever a service changes a record: whatever this server keeps derived from the database
 * (rendered pages, the navigation tree, the search index) observes it after the commit and refreshes.
 *
 * @param entityType the simple class name of the changed record, e.g. "Article"
 * @param entityId its id, or null when many changed at once
 */
public record ContentChanged(String entityType, Long entityId) implements Serializable {
}
