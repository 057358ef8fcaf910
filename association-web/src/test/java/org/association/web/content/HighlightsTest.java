package org.association.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.association.web.content.Highlights.Segment;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void splitsMarkedTextIntoSegments() {
        assertEquals(List.of(new Segment("President ", false), new Segment("Zhao", true), new Segment(" ", false),
                new Segment("Cong", true), new Segment(" put forward", false)),
                Highlights.segments("President <mark>Zhao</mark> <mark>Cong</mark> put forward"));
        assertEquals(List.of(new Segment("会长", true)), Highlights.segments("<mark>会长</mark>"));
    }

    @Test
    void givesBackTheTextNotMarkup() {
        assertEquals(List.of(new Segment("<script>alert(\"x\") & 'y'</script>", false)),
                Highlights.segments("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"));
        assertEquals(List.of(new Segment("&lt;", false)), Highlights.segments("&amp;lt;"), "an escaped entity stays text");
    }
}
