package org.association.content.control.search;

import java.util.List;
import java.util.Objects;

/**
 * Plain text that a hit shows, and where in it the question matched. The text is never markup: whoever shows it
 * escapes all of it and marks the ranges.
 *
 * @param matches the matched ranges of {@code text}, in order, neither overlapping nor touching
 */
public record Snippet(String text, List<Range> matches) {

    /** What a hit shows of a text it does not have. */
    public static final Snippet NONE = new Snippet("", List.of());

    public Snippet {
        Objects.requireNonNull(text, "text");
        matches = List.copyOf(matches);
        int previousEnd = -1;
        for (Range match : matches) {
            if (match.start() <= previousEnd || match.end() > text.length()) {
                throw new IllegalArgumentException("matches " + matches + " out of order or outside a text of "
                        + text.length() + " characters");
            }
            previousEnd = match.end();
        }
    }

    /** Whether the question matched this text. */
    public boolean matched() {
        return !matches.isEmpty();
    }

    /** The characters {@code [start, end)} of a text (UTF-16 indexes, never between the halves of a surrogate pair). */
    public record Range(int start, int end) {

        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("not a range of characters: [" + start + ", " + end + ")");
            }
        }
    }
}
