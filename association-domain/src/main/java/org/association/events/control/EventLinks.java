package org.association.events.control;

import org.association.content.entity.Language;

/** The public addresses of events, in one place for the site's pages and the mails (paths, without the site's host). */
public final class EventLinks {

    public static final String EVENTS = "events";
    public static final String PAST = "past";
    public static final String MANAGE = "manage";
    public static final String CALENDAR_SUFFIX = ".ics";
    public static final String TOKEN = "token";
    public static final String CERTIFICATES = "certificates";
    public static final String PDF_SUFFIX = ".pdf";

    private EventLinks() {
    }

    private static String prefix(Language language) {
        return language == Language.EN ? "/en" : "";
    }

    public static String upcoming(Language language) {
        return prefix(language) + "/" + EVENTS;
    }

    public static String past(Language language) {
        return prefix(language) + "/" + EVENTS + "/" + PAST;
    }

    public static String event(Language language, String slug) {
        return prefix(language) + "/" + EVENTS + "/" + slug;
    }

    /** An event's calendar file; the same in both languages' addresses, written in the address's language. */
    public static String calendar(Language language, String slug) {
        return event(language, slug) + CALENDAR_SUFFIX;
    }

    /** The feed of all public events. */
    public static String allCalendar(Language language) {
        return prefix(language) + "/" + EVENTS + CALENDAR_SUFFIX;
    }

    /** The private page of a registration: the token is its only key. */
    public static String manage(Language language, String token) {
        return prefix(language) + "/" + EVENTS + "/" + MANAGE + "?" + TOKEN + "=" + token;
    }

    /** A certificate's public verification page: the random code is its only key. */
    public static String certificate(Language language, String code) {
        return prefix(language) + "/" + CERTIFICATES + "/" + code;
    }

    /** The certificate's PDF, under the same code. */
    public static String certificatePdf(Language language, String code) {
        return certificate(language, code) + PDF_SUFFIX;
    }
}
