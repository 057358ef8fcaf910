package org.association.common;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Fired whenever a service changes a record: whatever this server keeps derived from the database
 * (rendered pages, the navigation tree, the search index) observes it after the commit and refreshes.
 * A record that shows on public pages in known places (see {@link Placed}) says where it showed before the change and
 * where it shows after it, so that a keeper drops both and nothing else; for any other record, or many at once, both
 * are null: it may be anywhere.
 *
 * @param entityType the simple class name of the changed record, e.g. "Article"
 * @param entityId its id, or null when many changed at once
 * @param before where the record showed before the change, or null when that is not known
 * @param after where it shows after the change, or null when that is not known
 */
public record ContentChanged(String entityType, Long entityId, Placement before, Placement after) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ContentChanged(String entityType, Long entityId) {
        this(entityType, entityId, null, null);
    }

    /**
     * Where a record shows on the public site: the channels (slugs) whose lists hold it, its own first, then those
     * above it; whether the home page may list it; and the addresses (a path without the language prefix) of the
     * pages that show it, its own and its translation's.
     */
    public record Placement(List<String> channels, boolean home, List<String> addresses) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** A record on no public page: a draft, say. */
        public static final Placement NOWHERE = new Placement(List.of(), false, List.of());

        public Placement {
            channels = List.copyOf(channels);
            addresses = List.copyOf(addresses);
        }

        /** The channel whose own pages show the record (its article pages have it as a neighbour), or null. */
        public String channel() {
            return channels.isEmpty() ? null : channels.get(0);
        }

        // slugs and paths hold no ';', ',' or '|' (see Channel.SLUG_PATTERN): plain separators do
        private String text() {
            return (home ? "home" : "") + ";" + String.join(",", channels) + ";" + String.join(",", addresses);
        }

        private static Placement parse(String text) {
            if (text.isEmpty()) {
                return null;
            }
            String[] parts = text.split(";", -1);
            return new Placement(list(parts[1]), parts[0].equals("home"), list(parts[2]));
        }

        private static List<String> list(String text) {
            return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
        }
    }

    /** Whether both sides are known, so that what to drop can be told from them. */
    public boolean placed() {
        return before != null && after != null;
    }

    /** The change as a line of plain text, "Article:42|before|after", for servers that share no classes. */
    public String text() {
        return entityType + ":" + (entityId == null ? "" : entityId) + "|" + (before == null ? "" : before.text()) + "|"
                + (after == null ? "" : after.text());
    }

    /** The change that {@link #text()} wrote; a line without placements ("Article:42") is read too. */
    public static ContentChanged parse(String text) {
        String[] parts = text.split("\\|", -1);
        int colon = parts[0].lastIndexOf(':');
        String id = parts[0].substring(colon + 1);
        return new ContentChanged(parts[0].substring(0, colon), id.isEmpty() ? null : Long.valueOf(id),
                parts.length == 3 ? Placement.parse(parts[1]) : null, parts.length == 3 ? Placement.parse(parts[2]) : null);
    }
}
