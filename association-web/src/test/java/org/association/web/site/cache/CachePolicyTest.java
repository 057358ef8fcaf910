package org.association.web.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.association.common.ContentChanged;
import org.association.common.ContentChanged.Placement;
import org.association.web.site.SiteAddress;
import org.junit.jupiter.api.Test;

/** What a committed change drops from the page cache, and what it leaves kept. */
class CachePolicyTest {

    private static final Placement IN_NOTICES = new Placement(List.of("notices", "news"), false,
            List.of("/notices/2024/02/02/moved", "/training/2024/02/01/its-translation"));
    private static final Placement IN_ACTIVITIES = new Placement(List.of("activities", "service"), true,
            List.of("/activities/2024/02/02/moved"));
    private static final ContentChanged MOVE = new ContentChanged("Article", 9L, IN_NOTICES, IN_ACTIVITIES);

    @Test
    void anArticleDropsWhereItWasAndWhereItIsNow() {
        assertEquals(CachePolicy.Drop.WHERE_PLACED, CachePolicy.drop(MOVE));
        for (String key : List.of("/notices", "/en/notices?page=3", "/news", "/activities", "/en/service", "/", "/en/",
                "/notices/2024/01/01/a-neighbour", "/en/activities/2024/02/02/moved", "/en/training/2024/02/01/its-translation",
                "/feed.atom", "/en/leadership/feed.atom", "/search?q=x", "/en/search?q=x&page=2", "/api/articles?page=1",
                "/api/articles/9", "/sitemap.xml", "/sitemap/articles-1.xml")) {
            assertTrue(CachePolicy.shows(key, MOVE), key);
        }
        for (String key : List.of("/training", "/en/leadership", "/directory?page=2", "/join?kind=institution",
                "/training/2024/02/01/another", "/en/party-building/2023/05/05/x", "/join/thanks")) {
            assertFalse(CachePolicy.shows(key, MOVE), key);
        }
    }

    @Test
    void eventsAndRegistrationsDropTheEventPagesAndNothingElse() {
        for (String entity : new String[] {"Event", "RegistrationType", "Registration"}) {
            assertEquals(CachePolicy.Drop.EVENT_PAGES, CachePolicy.drop(new ContentChanged(entity, 3L)), entity);
        }
        for (String key : new String[] {"/events", "/en/events/past", "/events/cardiology-2027", "/en/events/x.ics",
            "/events.ics"}) {
            assertTrue(CachePolicy.isEventPage(key), key);
        }
        for (String key : new String[] {"/", "/activities", "/en/search?q=events", "/feed.atom"}) {
            assertFalse(CachePolicy.isEventPage(key), key);
        }
    }

    @Test
    void aRegistrationsPrivatePageIsNeverKept() {
        assertFalse(CachePolicy.keeps(SiteAddress.parse("/events/manage")));
        assertFalse(CachePolicy.keeps(SiteAddress.parse("/en/events/manage")));
        assertTrue(CachePolicy.keeps(SiteAddress.parse("/events/cardiology-2027")));
    }

    @Test
    void theHomePageGoesOnlyWhenTheArticleIsListedThere() {
        ContentChanged inNotices = new ContentChanged("Article", 9L, IN_NOTICES, IN_NOTICES);
        assertFalse(CachePolicy.shows("/", inNotices));
        assertFalse(CachePolicy.shows("/en/", inNotices));
        ContentChanged draft = new ContentChanged("Article", 9L, Placement.NOWHERE, Placement.NOWHERE);
        assertFalse(CachePolicy.shows("/notices", draft), "a draft is on no list");
        assertTrue(CachePolicy.shows("/feed.atom", draft), "the feeds always go");
    }

    @Test
    void whatSaysNoPlaceDropsByItsKind() {
        assertEquals(CachePolicy.Drop.EVERYTHING, CachePolicy.drop(new ContentChanged("Article", null)));
        assertEquals(CachePolicy.Drop.EVERYTHING, CachePolicy.drop(new ContentChanged("Channel", 3L)));
        assertEquals(CachePolicy.Drop.MEMBER_PAGES, CachePolicy.drop(new ContentChanged("Member", 3L)));
        assertEquals(CachePolicy.Drop.SEARCH_ANSWERS, CachePolicy.drop(new ContentChanged("SearchIndex", 3L)));
        for (String entity : List.of("Account", "ImportBatch", "ApplicationAttempt", "AuditEntry", "ScheduledJob", "Notice",
                "MailSecret", "MemberContact", "MemberPassword", "FeeRate", "Invoice", "DuesPayment", "DuesAdjustment",
                "DuesVoucher", "MemberChangeRequest")) {
            assertEquals(CachePolicy.Drop.NOTHING, CachePolicy.drop(new ContentChanged(entity, 3L)), entity);
        }
        assertTrue(CachePolicy.isSearchAnswer("/en/search?q=x"));
        assertEquals(CachePolicy.Answer.NOT_A_PAGE, CachePolicy.answerAt("/unsubscribe"), "a member's own link, never kept");
        assertFalse(CachePolicy.isSearchAnswer("/en/notices"));
    }
}
