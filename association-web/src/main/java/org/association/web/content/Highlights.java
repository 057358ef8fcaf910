package org.association.web.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a search hit's marked text (escaped HTML with &lt;mark&gt; around matches, as the index makes
 * it) back into plain text segments, so that the page writes them escaped like any other text and no
 * markup from the index reaches the reader unchecked.
 */
public final class Highlights {

    /** A run of text, marked when it matched the query. */
    public record Segment(String text, boolean marked) {
    }

    private Highlights() {
    }

    public static List<Segment> segments(String markedHtml) {
        List<Segment> segments = new ArrayList<>();
        if (markedHtml == null) {
            return segments;
        }
        boolean marked = false;
        for (String part : markedHtml.split("<mark>|</mark>", -1)) {
            if (!part.isEmpty()) {
                segments.add(new Segment(unescape(part), marked));
            }
            marked = !marked;
        }
        return segments;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
