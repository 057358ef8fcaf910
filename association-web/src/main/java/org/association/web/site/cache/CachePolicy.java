package org.association.web.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.association.common.ContentChanged;
import org.association.content.entity.ChannelKind;
import org.association.web.site.SiteAddress;

/**
 * The page cache's policy in one place: which answers are kept (pages and public resources, read by GET or HEAD), which
 * headers come back with a kept copy, which pages show members, and what a committed change drops. How an answer is
 * keyed (the parameters its page reads) is {@link PageKeys}'.
 */
public final class CachePolicy {

    /** What the site's front door makes of a path. */
    public enum Answer {
        /** A public page, in either language: kept. */
        PAGE,
        /** Not a page, but public and the same for everyone (the API, the sitemap): kept too. */
        RESOURCE,
        /** Resources, files, the back office, health and metrics: never kept. */
        NOT_A_PAGE
    }

    /** What a committed change drops from the cache. */
    enum Drop {
        NOTHING, MEMBER_PAGES, SEARCH_ANSWERS, WHERE_PLACED, EVENT_PAGES, EVERYTHING
    }

    private static final String[] NOT_PAGES = {"/jakarta.faces.resource/", "/resources/", "/files/", "/thumbnails/", "/display/",
        "/admin", "/account/", "/member/", "/errors/", "/health", "/metrics", "/favicon.ico", "/robots.txt", "/unsubscribe",
        "/payments/"};
    private static final String[] RESOURCES = {"/api/", "/sitemap"};
    /** Headers that describe the answer itself and must come back with every kept copy of it. */
    private static final Set<String> PAGE_HEADERS = Set.of("content-security-policy", "content-language",
            "access-control-allow-origin");
    /**
     * Records on no public page: staff accounts, import batches, application attempts, the audit, the scheduler, mail,
     * institutions' contacts and members' passwords, dues, members' change requests and contact requests.
     */
    private static final Set<String> ON_NO_PUBLIC_PAGE = Set.of("Account", "ImportBatch", "ApplicationAttempt", "AuditEntry",
            "ScheduledJob", "MailMessage", "MailTemplate", "MailRecipient", "Notice", "MailSecret", "MemberContact",
            "MemberPassword", "FeeRate", "Invoice", "DuesPayment", "DuesAdjustment", "DuesVoucher", "MemberChangeRequest",
            "OnlinePayment", "ContactRequest");

    private CachePolicy() {
    }

    public static Answer answerAt(String path) {
        if (startsWithAny(path, RESOURCES)) {
            return Answer.RESOURCE;
        }
        return startsWithAny(path, NOT_PAGES) ? Answer.NOT_A_PAGE : Answer.PAGE;
    }

    /**
     * Reads by anyone, of pages that are the same for everyone. Search answers too: at 100,000 articles one costs tens
     * of milliseconds of processor, and the questions readers ask again and again are the ones worth keeping; the
     * least recently used page leaves first, so what readers keep asking for stays.
     */
    public static boolean isCacheable(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** Events and their registrations show only on the event pages and calendar files (remaining places, status). */
    private static final Set<String> ON_EVENT_PAGES = Set.of("Event", "RegistrationType", "Registration");

    /** Pages that show members' names: the only public pages that a change to a member changes. */
    public static boolean showsMembers(ChannelKind kind) {
        return kind == ChannelKind.LEADERSHIP || kind == ChannelKind.SECRETARIAT || kind == ChannelKind.MEMBER_DIRECTORY;
    }

    /**
     * Whether the page at the address may be kept at all: a registration's private page never is, for it is one
     * reader's (its token is the only key) and must show the registration as it is now; nor is a certificate, whose
     * code is its only key too (and a membership's standing changes with the day).
     */
    public static boolean keeps(SiteAddress address) {
        return switch (address.kind()) {
            case EVENT_MANAGE, CERTIFICATE, CERTIFICATE_PDF, MEMBERSHIP_CERTIFICATE -> false;
            default -> true;
        };
    }

    static boolean isPageHeader(String lowerCaseName) {
        return PAGE_HEADERS.contains(lowerCaseName);
    }

    /**
     * A record that names its places (an article) drops the pages that showed it and those that show it now; the search
     * index drops the search answers once it holds a change; a member drops the pages that show members. Anything else
     * (channels, files, departments, appointments, whatever a later feature adds) may be on any page: all go.
     */
    static Drop drop(ContentChanged change) {
        if (ON_NO_PUBLIC_PAGE.contains(change.entityType())) {
            return Drop.NOTHING;
        }
        if (ON_EVENT_PAGES.contains(change.entityType())) {
            return Drop.EVENT_PAGES;
        }
        return switch (change.entityType()) {
            case "Member" -> Drop.MEMBER_PAGES;
            case "SearchIndex" -> Drop.SEARCH_ANSWERS;
            default -> change.placed() ? Drop.WHERE_PLACED : Drop.EVERYTHING;
        };
    }

    /**
     * Whether the answer kept under {@code key} may show what {@code change} placed: the feeds, the sitemap, the API and
     * the search answers always; the home page if the record is listed there; the lists of its channels; every article
     * page of its channel (their links to the previous and next article name it); its own page and its translation's.
     */
    static boolean shows(String key, ContentChanged change) {
        String path = PageKeys.path(key);
        if (answerAt(path) == Answer.RESOURCE) {
            return true;
        }
        SiteAddress address = SiteAddress.parse(path);
        return switch (address.kind()) {
            case FEED, CHANNEL_FEED, SEARCH -> true;
            case HOME -> change.before().home() || change.after().home();
            case CHANNEL -> change.before().channels().contains(address.channelSlug())
                    || change.after().channels().contains(address.channelSlug());
            case ARTICLE -> address.channelSlug().equals(change.before().channel())
                    || address.channelSlug().equals(change.after().channel())
                    || change.before().addresses().contains(address.path())
                    || change.after().addresses().contains(address.path());
            default -> false;
        };
    }

    static boolean isEventPage(String key) {
        return switch (SiteAddress.parse(PageKeys.path(key)).kind()) {
            case EVENTS, PAST_EVENTS, EVENT, EVENT_CALENDAR, EVENTS_CALENDAR -> true;
            default -> false;
        };
    }

    static boolean isSearchAnswer(String key) {
        return SiteAddress.parse(PageKeys.path(key)).kind() == SiteAddress.Kind.SEARCH;
    }

    private static boolean startsWithAny(String path, String[] prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
