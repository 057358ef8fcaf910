package org.association.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.association.content.entity.Language;

/**
 * The public addresses of the site, in one place. Chinese pages live at the root, English ones under
 * /en; an article's address carries its channel, its add-time's date and its slug:
 * {@code /activities/2024/01/25/work-summary-meeting}.
 */
public final class SiteLinks {

    public static final String ENGLISH_PREFIX = "/en";
    public static final String FEED = "feed.atom";
    public static final String SEARCH = "search";
    public static final String THANKS = "thanks";
    /** The parameter of the language switch, ?hl=en, on public and back-office pages alike. */
    public static final String LANGUAGE_SWITCH = "hl";

    private SiteLinks() {
    }

    public static String prefix(Language language) {
        return language == Language.EN ? ENGLISH_PREFIX : "";
    }

    public static String home(Language language) {
        return prefix(language) + "/";
    }

    public static String channel(Language language, String channelSlug, int page) {
        return prefix(language) + "/" + channelSlug + (page > 1 ? "?page=" + page : "");
    }

    public static String article(Language language, String channelSlug, LocalDateTime publishedAt, String slug) {
        return prefix(language) + "/" + channelSlug + String.format("/%04d/%02d/%02d/", publishedAt.getYear(),
                publishedAt.getMonthValue(), publishedAt.getDayOfMonth()) + slug;
    }

    public static String search(Language language, String query, int page) {
        return prefix(language) + "/" + SEARCH + "?q=" + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8)
                + (page > 1 ? "&page=" + page : "");
    }

    /** The Atom feed of the whole site (no channel) or of one channel. */
    public static String feed(Language language, String channelSlug) {
        return prefix(language) + (channelSlug == null ? "" : "/" + channelSlug) + "/" + FEED;
    }

    public static String thanks(Language language, String channelSlug) {
        return prefix(language) + "/" + channelSlug + "/" + THANKS;
    }

    /** A stored file under its own name, which the address carries percent-encoded. */
    public static String file(long attachmentId, String fileName) {
        return "/files/" + attachmentId + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String thumbnail(long attachmentId) {
        return "/thumbnails/" + attachmentId + ".jpg";
    }

    /** A photo's display size, which the article gallery shows instead of the original. */
    public static String display(long attachmentId) {
        return "/display/" + attachmentId + ".jpg";
    }

    /** The same page in the other language: the path with the /en prefix added or taken away; always a path of this site. */
    public static String inLanguage(Language target, String pathAndQuery) {
        String path = pathAndQuery.startsWith(ENGLISH_PREFIX + "/") || pathAndQuery.equals(ENGLISH_PREFIX)
                || pathAndQuery.startsWith(ENGLISH_PREFIX + "?") ? pathAndQuery.substring(ENGLISH_PREFIX.length()) : pathAndQuery;
        path = sitePath(path);
        return target == Language.EN ? ENGLISH_PREFIX + path : path;
    }

    /** A query with the language switch taken off (the page it names, say ?id=5, stays), as "?..." or "". */
    public static String withoutLanguageSwitch(String query) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.equals(LANGUAGE_SWITCH) && !part.startsWith(LANGUAGE_SWITCH + "="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }

    /**
     * The address as a path of this site: the slashes (and what browsers read as slashes) it starts with become one,
     * so "//evil.example/" or "/\evil.example" cannot send a reader to another host.
     */
    public static String sitePath(String address) {
        int start = 0;
        while (start < address.length() && "/\\\t\r\n ".indexOf(address.charAt(start)) >= 0) {
            start++;
        }
        return "/" + address.substring(start);
    }
}
