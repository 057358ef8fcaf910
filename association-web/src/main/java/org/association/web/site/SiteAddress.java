package org.association.web.site;

import org.association.common.SignedId;
import org.association.content.entity.Channel;
import org.association.content.entity.Language;
import org.association.events.control.CertificateCode;
import org.association.events.control.EventLinks;
import org.association.membership.control.MembershipLinks;

/**
 * A public address taken apart: its language and what it asks for. Pure parsing; whether the
 * channel or article exists is for the pages to find out.
 *
 * @param path the path without the /en prefix, always starting with "/"
 * @param articleSlug the slug of the article, or of the event, or the certificate's code (CME or membership), that the
 *        address names
 */
public record SiteAddress(Language language, String path, Kind kind, String channelSlug, String articleSlug, int year,
        int month, int day) {

    public enum Kind {
        HOME, CHANNEL, ARTICLE, SEARCH, FEED, CHANNEL_FEED, THANKS,
        /** /events (upcoming), /events/past, /events/{slug} and its calendar file, the feed /events.ics. */
        EVENTS, PAST_EVENTS, EVENT, EVENT_CALENDAR, EVENTS_CALENDAR,
        /** /events/manage?token=: a registration's private page, never kept. */
        EVENT_MANAGE,
        /** /certificates/{code} and its PDF /certificates/{code}.pdf: a CME certificate, never kept. */
        CERTIFICATE, CERTIFICATE_PDF,
        /** /certificates/membership/{code}: a membership certificate's verification page, never kept. */
        MEMBERSHIP_CERTIFICATE,
        OTHER
    }

    private static final String EVENTS_CALENDAR = "/" + EventLinks.EVENTS + EventLinks.CALENDAR_SUFFIX;
    private static final int YEAR_DIGITS = 4;
    private static final int MONTH_AND_DAY_DIGITS = 2;

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
        if (path.equals(EVENTS_CALENDAR)) {
            return simple(language, path, Kind.EVENTS_CALENDAR);
        }
        // taken apart by hand: every reader's request passes here, kept pages too, and regular expressions would
        // weigh on a kept article's time. Splitting on one plain character is String's fast path.
        String[] parts = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[] {""};
        String channel = parts[0];
        if (channel.equals(EventLinks.EVENTS)) {
            return eventAddress(language, path, parts);
        }
        if (channel.equals(EventLinks.CERTIFICATES) && parts.length == 2) {
            return certificateAddress(language, path, parts[1]);
        }
        if (channel.equals(MembershipLinks.CERTIFICATES) && parts.length == 3 && parts[1].equals(MembershipLinks.MEMBERSHIP)) {
            return SignedId.isWellFormed(parts[2])
                    ? new SiteAddress(language, path, Kind.MEMBERSHIP_CERTIFICATE, null, parts[2], 0, 0, 0)
                    : simple(language, path, Kind.OTHER);
        }
        if (isSlug(channel)) {
            if (parts.length == 1 || parts.length == 2 && parts[1].isEmpty()) {
                return channelAddress(language, path, Kind.CHANNEL, channel);
            }
            if (parts.length == 2 && parts[1].equals(SiteLinks.FEED)) {
                return channelAddress(language, path, Kind.CHANNEL_FEED, channel);
            }
            if (parts.length == 2 && parts[1].equals(SiteLinks.THANKS)) {
                return channelAddress(language, path, Kind.THANKS, channel);
            }
            if (parts.length == 5 && isNumber(parts[1], YEAR_DIGITS) && isNumber(parts[2], MONTH_AND_DAY_DIGITS)
                    && isNumber(parts[3], MONTH_AND_DAY_DIGITS) && isSlug(parts[4])) {
                return new SiteAddress(language, path, Kind.ARTICLE, channel, parts[4], Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
            }
        }
        return simple(language, path, Kind.OTHER);
    }

    /** An address under /events, which no channel can take. */
    private static SiteAddress eventAddress(Language language, String path, String[] parts) {
        if (parts.length == 1 || parts.length == 2 && parts[1].isEmpty()) {
            return simple(language, path, Kind.EVENTS);
        }
        if (parts.length == 2) {
            String name = parts[1];
            if (name.equals(EventLinks.PAST)) {
                return simple(language, path, Kind.PAST_EVENTS);
            }
            if (name.equals(EventLinks.MANAGE)) {
                return simple(language, path, Kind.EVENT_MANAGE);
            }
            if (name.endsWith(EventLinks.CALENDAR_SUFFIX)) {
                String slug = name.substring(0, name.length() - EventLinks.CALENDAR_SUFFIX.length());
                if (isSlug(slug)) {
                    return new SiteAddress(language, path, Kind.EVENT_CALENDAR, null, slug, 0, 0, 0);
                }
            } else if (isSlug(name)) {
                return new SiteAddress(language, path, Kind.EVENT, null, name, 0, 0, 0);
            }
        }
        return simple(language, path, Kind.OTHER);
    }

    /** /certificates/{code}[.pdf]; the code is kept where an article's slug would be. */
    private static SiteAddress certificateAddress(Language language, String path, String name) {
        boolean pdf = name.endsWith(EventLinks.PDF_SUFFIX);
        String code = pdf ? name.substring(0, name.length() - EventLinks.PDF_SUFFIX.length()) : name;
        if (!CertificateCode.isWellFormed(code)) {
            return simple(language, path, Kind.OTHER);
        }
        return new SiteAddress(language, path, pdf ? Kind.CERTIFICATE_PDF : Kind.CERTIFICATE, null, code, 0, 0, 0);
    }

    /** Whether {@code text} is what {@link Channel#SLUG_PATTERN} allows, for channels and articles alike. */
    static boolean isSlug(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hyphen = c == '-';
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || hyphen) || hyphen && text.charAt(i - 1) == '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String text, int digits) {
        if (text.length() != digits) {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static SiteAddress simple(Language language, String path, Kind kind) {
        return new SiteAddress(language, path, kind, null, null, 0, 0, 0);
    }

    private static SiteAddress channelAddress(Language language, String path, Kind kind, String slug) {
        return new SiteAddress(language, path, kind, slug, null, 0, 0, 0);
    }
}
