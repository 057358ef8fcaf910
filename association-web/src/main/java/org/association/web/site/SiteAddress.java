package org.association.web.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.content.entity.Language;

/**
 * A public address taken apart: its language and what it asks for. Pure parsing; whether the
 * channel or article exists is for the pages to find out.
 *
 * @param path the path without the /en prefix, always starting with "/"
 */
public record SiteAddress(Language language, String path, Kind kind, String channelSlug, String articleSlug, int year,
        int month, int day) {

    public enum Kind {
        HOME, CHANNEL, ARTICLE, SEARCH, FEED, CHANNEL_FEED, THANKS, OTHER
    }

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern CHANNEL = Pattern.compile("/" + SLUG + "/?");
    private static final Pattern ARTICLE = Pattern.compile("/" + SLUG + "/([0-9]{4})/([0-9]{2})/([0-9]{2})/" + SLUG);
    private static final Pattern CHANNEL_FEED = Pattern.compile("/" + SLUG + "/" + Pattern.quote(SiteLinks.FEED));
    private static final Pattern THANKS = Pattern.compile("/" + SLUG + "/" + SiteLinks.THANKS);

    public static SiteAddress parse(String requestPath) {
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        Language language = Language.ZH;
        if (path.equals(SiteLinks.ENGLISH_PREFIX) || path.startsWith(SiteLinks.ENGLISH_PREFIX + "/")) {
            language = Language.EN;
            path = path.substring(SiteLinks.ENGLISH_PREFIX.length());
            if (path.isEmpty()) {
                path = "/";
            }
        }
        if (path.equals("/")) {
            return simple(language, path, Kind.HOME);
        }
        if (path.equals("/" + SiteLinks.SEARCH)) {
            return simple(language, path, Kind.SEARCH);
        }
        if (path.equals("/" + SiteLinks.FEED)) {
            return simple(language, path, Kind.FEED);
        }
        Matcher matcher = ARTICLE.matcher(path);
        if (matcher.matches()) {
            return new SiteAddress(language, path, Kind.ARTICLE, matcher.group(1), matcher.group(5),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
        }
        matcher = CHANNEL_FEED.matcher(path);
        if (matcher.matches()) {
            return channelAddress(language, path, Kind.CHANNEL_FEED, matcher.group(1));
        }
        matcher = THANKS.matcher(path);
        if (matcher.matches()) {
            return channelAddress(language, path, Kind.THANKS, matcher.group(1));
        }
        matcher = CHANNEL.matcher(path);
        if (matcher.matches()) {
            return channelAddress(language, path, Kind.CHANNEL, matcher.group(1));
        }
        return simple(language, path, Kind.OTHER);
    }

    private static SiteAddress simple(Language language, String path, Kind kind) {
        return new SiteAddress(language, path, kind, null, null, 0, 0, 0);
    }

    private static SiteAddress channelAddress(Language language, String path, Kind kind, String slug) {
        return new SiteAddress(language, path, kind, slug, null, 0, 0, 0);
    }
}
