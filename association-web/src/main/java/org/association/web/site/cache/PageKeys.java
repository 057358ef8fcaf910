package org.association.web.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.association.content.boundary.ChannelNode;
import org.association.content.entity.ChannelKind;
import org.association.web.site.SiteAddress;

/**
 * What a public answer is kept under: its path and only the parameters its page reads, in a fixed order. Any other
 * parameter (a tracking tag, {@code ?page=} on a page without pages, a cache-busting number) leaves the page as it is,
 * so it makes no entry of its own and cannot flood the page cache. The same query is all a page may write back into
 * its links (the language switch), so a kept page never carries what one reader appended.
 */
public final class PageKeys {

    public static final String PAGE = "page";
    static final String QUERY = "q";
    static final String KIND = "kind";
    static final String INSTITUTION = "institution";
    private static final String[] API_LIST = {"channel", "language", PAGE, "size"};
    private static final Pattern PAGE_NUMBER_ONLY = Pattern.compile(PAGE + "=\\d{1,9}");

    private PageKeys() {
    }

    /** The query (without "?", perhaps empty) that a public page at {@code address} reads. */
    public static String pageQuery(SiteAddress address, ChannelNode channel, HttpServletRequest request) {
        return switch (address.kind()) {
            case SEARCH -> join(QUERY + "=" + encode(request.getParameter(QUERY) == null ? "" : request.getParameter(QUERY)),
                    pageNumber(request));
            case CHANNEL -> channelQuery(channel.kind(), request);
            default -> "";
        };
    }

    /** The query that an API or sitemap answer reads. */
    public static String resourceQuery(String path, HttpServletRequest request) {
        if (!path.equals("/api/articles")) {
            return "";
        }
        String query = "";
        for (String name : API_LIST) {
            String value = request.getParameter(name);
            if (value != null) {
                query = join(query, name + "=" + encode(value));
            }
        }
        return query;
    }

    public static String key(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The path of the address kept under {@code key}. */
    static String path(String key) {
        int query = key.indexOf('?');
        return query < 0 ? key : key.substring(0, query);
    }

    /** Whether the address (path and query) is one of the site's own pages: no query, or a page number only. */
    static boolean isSitePage(String key) {
        int query = key.indexOf('?');
        return query < 0 || PAGE_NUMBER_ONLY.matcher(key).region(query + 1, key.length()).matches();
    }

    private static String channelQuery(ChannelKind kind, HttpServletRequest request) {
        return switch (kind) {
            case ARTICLES, MEMBER_DIRECTORY -> pageNumber(request);
            case MEMBERSHIP_APPLICATION -> INSTITUTION.equals(request.getParameter(KIND)) ? KIND + "=" + INSTITUTION : "";
            default -> "";
        };
    }

    /** "page=N" for a page after the first; the first page is the address without it. Not a number: kept as asked (a 404). */
    private static String pageNumber(HttpServletRequest request) {
        String page = request.getParameter(PAGE);
        return page == null || page.equals("1") ? "" : PAGE + "=" + encode(page);
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "&" + second;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
