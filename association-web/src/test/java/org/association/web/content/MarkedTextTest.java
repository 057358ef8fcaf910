package org.association.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.association.content.control.search.Snippet;
import org.association.content.control.search.Snippet.Range;
import org.association.web.content.MarkedText.Segment;
import org.junit.jupiter.api.Test;

/** The runs of text the search page writes, marked or not, from a snippet's text and match ranges. */
class MarkedTextTest {

    @Test
    void splitsEnglishTextAtItsMatches() {
        Snippet snippet = new Snippet("President Zhao Cong put forward", List.of(new Range(10, 14), new Range(15, 19)));

        assertEquals(List.of(new Segment("President ", false), new Segment("Zhao", true), new Segment(" ", false),
                new Segment("Cong", true), new Segment(" put forward", false)), MarkedText.segments(snippet));
    }

    @Test
    void splitsChineseTextAtItsMatches() {
        Snippet snippet = new Snippet("学会会长赵聪会长提出三点要求。", List.of(new Range(4, 8), new Range(12, 14)));

        assertEquals(List.of(new Segment("学会会长", false), new Segment("赵聪会长", true), new Segment("提出三点", false),
                new Segment("要求", true), new Segment("。", false)), MarkedText.segments(snippet));
    }

    @Test
    void aMatchMayBeTheWholeTextOrEitherEnd() {
        assertEquals(List.of(new Segment("会长", true)), MarkedText.segments(new Snippet("会长", List.of(new Range(0, 2)))));
        assertEquals(List.of(new Segment("心血管", true), new Segment("内科", false), new Segment("专家", true)),
                MarkedText.segments(new Snippet("心血管内科专家", List.of(new Range(0, 3), new Range(5, 7)))));
    }

    @Test
    void charactersOutsideTheBasicPlaneStayWhole() {
        Snippet snippet = new Snippet("…🩺𠀀会长🩺…", List.of(new Range(5, 7)));

        assertEquals(List.of(new Segment("…🩺𠀀", false), new Segment("会长", true), new Segment("🩺…", false)),
                MarkedText.segments(snippet));
    }

    @Test
    void theTextIsGivenAsItIsForTheWriterToEscape() {
        Snippet snippet = new Snippet("paste <script>alert(\"x\") & 'y'</script>", List.of(new Range(7, 13)));

        assertEquals(List.of(new Segment("paste <", false), new Segment("script", true),
                new Segment(">alert(\"x\") & 'y'</script>", false)), MarkedText.segments(snippet));
    }

    @Test
    void anEmptyOrMissingSnippetHasNoSegments() {
        assertEquals(List.of(), MarkedText.segments(Snippet.NONE));
        assertEquals(List.of(), MarkedText.segments(null));
        assertEquals(List.of(new Segment("专家团队", false)), MarkedText.segments(new Snippet("专家团队", List.of())));
    }
}
