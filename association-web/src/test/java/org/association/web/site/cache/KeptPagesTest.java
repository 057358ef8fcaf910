package org.association.web.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptPagesTest {

    @Test
    void theLeastRecentlyUsedPageMakesRoomAndAHugeOneIsNotKept() {
        KeptPages kept = new KeptPages(1_600);
        for (int i = 0; i < 16; i++) {
            kept.put("/" + i, page(100));
        }
        assertNotNull(kept.get("/0"), "read, so now the most recently used");
        kept.put("/16", page(100));
        assertNull(kept.get("/1"), "the least recently used went");
        assertNotNull(kept.get("/0"));
        assertEquals(16, kept.size());
        assertEquals(1_600, kept.bytes());

        kept.put("/huge", page(101));
        assertNull(kept.get("/huge"), "more than a sixteenth of the budget");
        assertEquals(16, kept.size());
    }

    @Test
    void replacingAPageCountsItsBytesOnce() {
        KeptPages kept = new KeptPages(1_600);
        kept.put("/a", page(80));
        kept.put("/a", page(60));
        assertEquals(60, kept.bytes());
        kept.remove("/a");
        assertEquals(0, kept.bytes());
    }

    @Test
    void onlyAddressesWithoutAQueryOrWithAPageNumberAreTheSitesOwnPages() {
        assertTrue(PageKeys.isSitePage("/"));
        assertTrue(PageKeys.isSitePage("/en/activities"));
        assertTrue(PageKeys.isSitePage("/news?page=2000"));
        assertTrue(PageKeys.isSitePage("/api/articles?page=1"));
        assertFalse(PageKeys.isSitePage("/search?q=%E5%BF%83"));
        assertFalse(PageKeys.isSitePage("/news?page=2&x=1"));
        assertFalse(PageKeys.isSitePage("/news?x=1"));
        assertFalse(PageKeys.isSitePage("/news?page=12345678901"));
    }

    @Test
    void pagesThatShowMembersGoAloneAndTheirRoomWithThem() {
        KeptPages pages = new KeptPages(1000);
        pages.put("/leadership", page(30, true));
        pages.put("/news", page(20, false));
        pages.put("/directory", page(10, true));
        pages.removeIf((key, page) -> page.showsMembers());
        assertEquals(1, pages.size());
        assertEquals(20, pages.bytes());
        assertNotNull(pages.get("/news"));
    }

    private static PageCache.Page page(int bytes) {
        return page(bytes, false);
    }

    private static PageCache.Page page(int bytes, boolean showsMembers) {
        return new PageCache.Page(new byte[bytes], "text/html", Map.of(), showsMembers, System.nanoTime());
    }
}
