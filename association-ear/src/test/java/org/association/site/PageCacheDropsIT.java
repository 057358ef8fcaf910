package org.association.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change empties only what it changes: a saved article drops the pages that show it (its own, its channel's list and
 * article pages, the home page, the feeds) and leaves the others kept; a moved one drops both channels' lists. A kept
 * page says how long ago it was rendered in its Age header: a dropped one is rendered again and is younger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheDropsIT {

    private static final long KEPT_SECONDS = 2;

    /** What a test published; archived after it, so that the fixtures, newer than the demo data, crowd no later feed. */
    private final List<Long> published = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aSavedArticleDropsWhereItShowsAndLeavesTheRestKept() throws InterruptedException {
        Fixtures.channelWithArticles("drops-saved", 0);
        Fixtures.channelWithArticles("drops-other", 0);
        long saved = publish("drops-saved", "saved-article");
        publish("drops-saved", "its-neighbour");
        publish("drops-other", "other-article");
        List<String> dropped = List.of("/en/drops-saved/2024/02/02/saved-article", "/drops-saved/2024/02/02/saved-article",
                "/en/drops-saved/2024/02/02/its-neighbour", "/en/drops-saved", "/drops-saved", "/en/",
                "/en/drops-saved/feed.atom", "/feed.atom", "/sitemap.xml", "/api/articles");
        List<String> kept = List.of("/en/drops-other", "/en/drops-other/2024/02/02/other-article", "/drops-other",
                "/en/leadership", "/en/introduction");
        keepAndAge(dropped, kept);

        Fixtures.retitle(saved, "Retitled to drop its pages");
        for (String path : dropped) {
            assertTrue(age(path) < KEPT_SECONDS, path + " still shows the article as it was");
        }
        for (String path : kept) {
            assertTrue(age(path) >= KEPT_SECONDS, path + " was dropped by a change it does not show");
        }
        assertTrue(Http.get("/en/drops-saved/2024/02/02/saved-article").body().contains("Retitled to drop its pages"));
        assertTrue(Http.get("/en/drops-saved").body().contains("Retitled to drop its pages"), "the list shows the new title");

        Fixtures.article("drops-other", "a-draft", "DRAFT");
        for (String path : List.of("/en/drops-other", "/en/drops-other/2024/02/02/other-article", "/en/leadership")) {
            assertTrue(age(path) >= KEPT_SECONDS, path + " was dropped by a draft, which is on no public page");
        }
    }

    @Test
    void anArticleMovedToAnotherChannelLeavesBothLists() throws InterruptedException {
        Fixtures.channelWithArticles("drops-from", 0);
        Fixtures.channelWithArticles("drops-to", 0);
        Fixtures.channelWithArticles("drops-aside", 0);
        long moved = publish("drops-from", "moving-article");
        publish("drops-aside", "aside-article");
        List<String> dropped = List.of("/en/drops-from", "/en/drops-to", "/drops-from", "/drops-to");
        List<String> kept = List.of("/en/drops-aside", "/en/drops-aside/2024/02/02/aside-article");
        keepAndAge(dropped, kept);
        assertEquals(200, Http.get("/en/drops-from/2024/02/02/moving-article").statusCode());

        Fixtures.move(moved, "drops-to");
        for (String path : dropped) {
            assertTrue(age(path) < KEPT_SECONDS, path + " still shows the article where it was");
        }
        for (String path : kept) {
            assertTrue(age(path) >= KEPT_SECONDS, path + " was dropped by a move it does not show");
        }
        assertFalse(Http.get("/en/drops-from").body().contains("/drops-from/2024/02/02/moving-article"),
                "gone from its old list");
        assertTrue(Http.get("/en/drops-to").body().contains("/drops-to/2024/02/02/moving-article"), "in its new list");
        assertEquals(404, Http.get("/en/drops-from/2024/02/02/moving-article").statusCode(), "its old page is gone");
        assertEquals(200, Http.get("/en/drops-to/2024/02/02/moving-article").statusCode(), "its new page is there");
    }

    @AfterEach
    void archivePublished() {
        published.forEach(Fixtures::archive);
    }

    private long publish(String channel, String slug) {
        long id = Fixtures.article(channel, slug, "PUBLISHED");
        published.add(id);
        return id;
    }

    /** Asks for every page, so that each is kept, and waits until a kept copy is older than any new render. */
    private static void keepAndAge(List<String> dropped, List<String> kept) throws InterruptedException {
        for (String path : dropped) {
            age(path);
        }
        for (String path : kept) {
            age(path);
        }
        Thread.sleep(KEPT_SECONDS * 1000 + 100);
        for (String path : kept) {
            assertTrue(age(path) >= KEPT_SECONDS, path + " was not kept");
        }
    }

    private static long age(String path) {
        HttpResponse<String> response = Http.get(path);
        assertEquals(200, response.statusCode(), path);
        return Long.parseLong(response.headers().firstValue("Age").orElseThrow(() -> new AssertionError(path + " was not kept")));
    }
}
