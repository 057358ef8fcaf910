package org.association.content.control.search;

import static org.association.content.control.search.SearchIndexTest.marked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.association.content.control.search.Snippet.Range;
import org.junit.jupiter.api.Test;

/** The ranges a snippet marks, from the offsets of the matches the highlighter found. */
class SnippetFormatterTest {

    private final SnippetFormatter formatter = new SnippetFormatter();

    @Test
    void marksEachMatchOfAChineseText() {
        String text = "2024年1月25日，学会秘书处召开2023年工作总结暨2024年工作部署会，赵聪会长提出三点要求。";
        int president = text.indexOf("会长");

        Snippet snippet = format(text, 0, text.length(), president, president + 2, text.indexOf("秘书"), text.indexOf("秘书") + 2);

        assertEquals(text, snippet.text());
        assertEquals(List.of(new Range(text.indexOf("秘书"), text.indexOf("秘书") + 2), new Range(president, president + 2)),
                snippet.matches(), "in the order of the text");
        assertEquals("2024年1月25日，学会<mark>秘书</mark>处召开2023年工作总结暨2024年工作部署会，赵聪<mark>会长</mark>提出三点要求。",
                marked(snippet));
    }

    @Test
    void mergesMatchesThatOverlapOrTouch() {
        // the character pairs of 赵聪会长 (赵聪, 聪会, 会长) overlap; the words 赵 聪 touch them
        String text = "学会会长赵聪会长提出要求";
        int name = text.indexOf("赵聪");

        Snippet snippet = format(text, 0, text.length(), name, name + 2, name + 1, name + 3, name + 2, name + 4, name, name + 1,
                text.indexOf("要求"), text.indexOf("要求") + 2);

        assertEquals("学会会长<mark>赵聪会长</mark>提出<mark>要求</mark>", marked(snippet));
    }

    @Test
    void aLongPassageIsCutAroundItsFirstMatchWithEllipses() {
        String text = "学会工作".repeat(80) + "赵聪会长" + "发展规划".repeat(80);
        int name = text.indexOf("赵聪");

        Snippet snippet = format(text, 0, text.length(), name, name + 2);

        assertTrue(snippet.text().startsWith("…") && snippet.text().endsWith("…"), snippet.text());
        assertEquals(SnippetFormatter.SNIPPET_CHARS + 2, snippet.text().length());
        int mark = SnippetFormatter.SNIPPET_CHARS / 4 + 1;
        assertEquals(List.of(new Range(mark, mark + 2)), snippet.matches());
        assertEquals("赵聪", snippet.text().substring(mark, mark + 2));
    }

    @Test
    void aMatchAtTheStartOfALongPassageIsNotCutBefore() {
        String text = "会长" + "发展规划".repeat(80);

        Snippet snippet = format(text, 0, text.length(), 0, 2);

        assertEquals("<mark>会长</mark>" + "发展规划".repeat(49) + "发展…", marked(snippet));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        for (int shift = 0; shift < 2; shift++) {
            String text = "x".repeat(shift) + "𠀀".repeat(100) + "会长" + "🩺".repeat(100);
            int president = text.indexOf("会长");

            Snippet snippet = format(text, 0, text.length(), president, president + 2);

            String cut = snippet.text();
            assertTrue(cut.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE), cut);
            Range match = snippet.matches().get(0);
            assertEquals("会长", cut.substring(match.start(), match.end()));
        }
    }

    @Test
    void whiteSpaceAtEitherEndGoesAndTheMarksMoveAlong() {
        String text = "   会长说话。  ";

        Snippet snippet = format(text, 0, text.length(), 3, 5);

        assertEquals(new Snippet("会长说话。", List.of(new Range(0, 2))), snippet);
    }

    @Test
    void aPassageWithoutMatchesIsShownUnmarked() {
        Snippet snippet = format("专家团队走进社区开展义诊。后来的句子", 0, 13);

        assertEquals(new Snippet("专家团队走进社区开展义诊。", List.of()), snippet);
        assertNull(formatter.format(new Passage[0], "no passage"));
    }

    @Test
    void aSnippetsMatchesAreInOrderApartAndWithinItsText() {
        assertThrows(IllegalArgumentException.class, () -> new Snippet("会长", List.of(new Range(0, 3))));
        assertThrows(IllegalArgumentException.class, () -> new Snippet("学会会长", List.of(new Range(2, 4), new Range(0, 1))));
        assertThrows(IllegalArgumentException.class, () -> new Snippet("学会会长", List.of(new Range(0, 2), new Range(2, 4))));
        assertThrows(IllegalArgumentException.class, () -> new Range(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Range(-1, 1));
    }

    /** The snippet of the passage {@code [start, end)} of {@code text} with the matches {@code from, to, ...}. */
    private Snippet format(String text, int start, int end, int... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            passage.addMatch(matches[i], matches[i + 1], new BytesRef(text.substring(matches[i], matches[i + 1])), 1);
        }
        return formatter.format(new Passage[] {passage}, text);
    }
}
