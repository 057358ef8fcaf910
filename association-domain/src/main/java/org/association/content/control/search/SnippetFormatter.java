package org.association.content.control.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.association.content.control.search.Snippet.Range;

/**
 * Makes a {@link Snippet} of the first passage the highlighter found in a text. A passage longer than
 * {@value #SNIPPET_CHARS} characters is cut around its first match, with an ellipsis where it was cut.
 */
final class SnippetFormatter extends PassageFormatter {

    static final int SNIPPET_CHARS = 200;
    private static final char ELLIPSIS = '…';

    /** The snippet of {@code passages[0]} of {@code content}, or null when there is no passage. */
    @Override
    public Snippet format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        int[][] matches = new int[passage.getNumMatches()][];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(matches, (a, b) -> Integer.compare(a[0], b[0]));
        if (end - start > SNIPPET_CHARS) {
            int focus = matches.length == 0 ? start : matches[0][0];
            start = Math.max(start, Math.min(focus - SNIPPET_CHARS / 4, end - SNIPPET_CHARS));
            end = start + SNIPPET_CHARS;
            // never half a character outside the basic plane
            start += Character.isLowSurrogate(content.charAt(start)) ? 1 : 0;
            end -= end < content.length() && Character.isLowSurrogate(content.charAt(end)) ? 1 : 0;
        }
        StringBuilder text = new StringBuilder();
        if (start > passage.getStartOffset()) {
            text.append(ELLIPSIS);
        }
        int shift = text.length() - start;
        text.append(content, start, end);
        if (end < passage.getEndOffset()) {
            text.append(ELLIPSIS);
        }
        return stripped(text.toString(), marks(matches, start, end, shift));
    }

    /**
     * The matches within {@code [start, end)}, moved by {@code shift}, those that overlap or touch merged into one: the
     * two analyses find the same words, and the pairs of "赵聪会长" overlap.
     */
    private static List<int[]> marks(int[][] matches, int start, int end, int shift) {
        List<int[]> marks = new ArrayList<>();
        for (int[] match : matches) {
            int from = Math.max(match[0], start) + shift;
            int to = Math.min(match[1], end) + shift;
            int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (from >= to) {
                continue;
            } else if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                marks.add(new int[] {from, to});
            }
        }
        return marks;
    }

    /** {@code text} without white space at either end, and its marks moved along. */
    private static Snippet stripped(String text, List<int[]> marks) {
        String kept = text.strip();
        int lead = text.length() - text.stripLeading().length();
        List<Range> ranges = new ArrayList<>();
        for (int[] mark : marks) {
            int from = Math.max(mark[0], lead) - lead;
            int to = Math.min(mark[1], lead + kept.length()) - lead;
            if (from < to) {
                ranges.add(new Range(from, to));
            }
        }
        return new Snippet(kept, ranges);
    }
}
