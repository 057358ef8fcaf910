package org.association.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A change crosses to the other servers of a group as a line of text and comes back the same. */
class ContentChangedTest {

    @Test
    void aMoveBetweenChannelsKeepsBothPlacesOnTheWire() {
        ContentChanged move = new ContentChanged("Article", 42L,
                new ContentChanged.Placement(List.of("notices", "news"), false,
                        List.of("/notices/2024/02/02/a", "/activities/2024/02/02/b")),
                new ContentChanged.Placement(List.of("activities"), true, List.of("/activities/2024/02/02/a")));
        ContentChanged read = ContentChanged.parse(move.text());
        assertEquals(move, read);
        assertTrue(read.placed());
        assertEquals("notices", read.before().channel());
    }

    @Test
    void aChangeThatSaysNoPlaceStaysUnplaced() {
        ContentChanged bulk = ContentChanged.parse(new ContentChanged("Article", null).text());
        assertEquals(new ContentChanged("Article", null), bulk);
        assertFalse(bulk.placed());
        ContentChanged draft = new ContentChanged("Article", 7L, ContentChanged.Placement.NOWHERE,
                ContentChanged.Placement.NOWHERE);
        ContentChanged read = ContentChanged.parse(draft.text());
        assertEquals(draft, read);
        assertNull(read.after().channel());
    }

    @Test
    void theOlderLineWithoutPlacesIsRead() {
        assertEquals(new ContentChanged("Member", 5L), ContentChanged.parse("Member:5"));
    }
}
