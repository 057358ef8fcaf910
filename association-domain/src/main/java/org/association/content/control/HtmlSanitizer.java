package org.association.content.control;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for article bodies: what the editor may produce and the public page may show.
 * Bodies are sanitized when saved, so what is stored is already safe to render; scripts, event
 * handlers, styles and foreign embeds never survive.
 */
public final class HtmlSanitizer {

    /** PrimeFaces' text editor (Quill) marks alignment and indentation with these classes. */
    private static final Pattern EDITOR_CLASSES = Pattern.compile("(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*");
    /**
     * Images are uploads, from this site's own file store: the pages' Content-Security-Policy (img-src 'self')
     * lets the browser show nothing else, and another site's picture may change or vanish under the article.
     */
    private static final Pattern IMAGE_SOURCE = Pattern.compile("/files/[0-9]+/[^\\s\"'<>]*");
    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,4}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "pre",
                    "code", "ul", "ol", "li", "h2", "h3", "h4", "span", "div", "figure", "figcaption",
                    "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "img")
            // an image whose source was not kept would be a broken one on the page
            .allowElements((name, attributes) -> hasSource(attributes) ? name : null, "img")
            .allowAttributes("class").matching(EDITOR_CLASSES).globally()
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(DIMENSION).onElements("img")
            .allowAttributes("colspan", "rowspan").matching(DIMENSION).onElements("th", "td")
            .toFactory();

    private HtmlSanitizer() {
    }

    /** Whether the attributes kept (name, value, name, value, ...) include a source. */
    private static boolean hasSource(List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("src".equals(attributes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The safe subset of {@code html}; null stays null. */
    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }

    /** The body as plain text, for summaries, search and feeds. */
    public static String toPlainText(String html) {
        if (html == null) {
            return "";
        }
        String text = new HtmlPolicyBuilder().toFactory()
                .sanitize(html.replaceAll("(?i)<(br|/p|/li|/h[1-6]|/div)[^>]*>", "$0\n"));
        return org.owasp.html.Encoding.decodeHtml(text, false).replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\s*\\n\\s*", "\n").strip();
    }
}
