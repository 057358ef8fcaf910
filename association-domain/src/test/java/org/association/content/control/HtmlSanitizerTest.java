package org.association.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsWhatTheEditorMakes() {
        String html = "<h2>议程</h2><p class=\"ql-align-center\">会议<strong>重点</strong></p><ul><li>一</li></ul>";
        assertEquals(html, HtmlSanitizer.sanitize(html));
    }

    @Test
    void keepsOwnImagesAndDropsEverythingActive() {
        String html = "<p><img src=\"/files/12/%E5%A4%A7.jpg\" alt=\"会议\" width=\"1200\" height=\"800\" onerror=\"x()\"></p>"
                + "<script>alert(1)</script><p style=\"position:fixed\" onclick=\"x()\">text</p>"
                + "<a href=\"javascript:alert(1)\">bad</a><iframe src=\"https://example.org\"></iframe>";
        String clean = HtmlSanitizer.sanitize(html);
        assertTrue(clean.contains("<img src=\"/files/12/%E5%A4%A7.jpg\" alt=\"会议\" width=\"1200\" height=\"800\" />"), clean);
        for (String banned : new String[] {"script", "onerror", "onclick", "style", "javascript", "iframe"}) {
            assertFalse(clean.contains(banned), banned + " in " + clean);
        }
    }

    @Test
    void dropsImagesFromOtherSites() {
        String html = "<p>before<img src=\"https://example.org/a.png\" alt=\"a\"><img src=\"http://example.org/b.jpg\" alt=\"b\">"
                + "<img src=\"//example.org/c.png\" alt=\"c\"><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"d\">"
                + "<img src=\"/files/7/x.png\" alt=\"own\">after</p>";
        assertEquals("<p>before<img src=\"/files/7/x.png\" alt=\"own\" />after</p>", HtmlSanitizer.sanitize(html));
    }

    @Test
    void linksGetNoOpener() {
        String link = HtmlSanitizer.sanitize("<a href=\"https://example.org\">x</a>");
        // the sanitizer writes the two rel values in no fixed order
        assertTrue(link.matches("<a href=\"https://example.org\" rel=\"(noopener noreferrer|noreferrer noopener)\">x</a>"), link);
    }

    @Test
    void plainTextKeepsParagraphsAndDecodesEntities() {
        assertEquals("第一段 & more\n第二段", HtmlSanitizer.toPlainText("<p>第一段 &amp; more</p><p>第二段</p>"));
    }
}
