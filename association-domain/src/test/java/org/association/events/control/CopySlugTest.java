package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CopySlugTest {

    @Test
    void aCopyIsSuggestedTheAddressWithCopy() {
        assertEquals("annual-2026-copy", CopySlug.suggest("annual-2026", 100, Set.<String>of()::contains));
    }

    @Test
    void aTakenSuggestionIsNumbered() {
        Set<String> taken = Set.of("annual-copy", "annual-copy-2");
        assertEquals("annual-copy-3", CopySlug.suggest("annual", 100, taken::contains));
    }

    @Test
    void aCopyOfACopyIsNumberedRatherThanCopiedTwice() {
        assertEquals("annual-copy-2", CopySlug.suggest("annual-copy", 100, Set.of("annual-copy")::contains));
    }

    @Test
    void theSuggestionKeepsToTheLongestAddress() {
        String slug = "a".repeat(10);
        assertEquals("aaaaa-copy", CopySlug.suggest(slug, 10, Set.<String>of()::contains));
        assertEquals("aaa-copy-2", CopySlug.suggest(slug, 10, Set.of("aaaaa-copy")::contains));
    }
}
