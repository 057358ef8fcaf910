package org.association.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CollectionTimeShareTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aWindowMostlySpentCollectingIsOverTheLimitAndAQuietOneIsNot() {
        CollectionTimeShare share = new CollectionTimeShare(0, 0);
        assertFalse(share.overLimit(10 * SECOND, 1_000), "10 % collecting");
        assertTrue(share.overLimit(20 * SECOND, 1_000 + 6_000), "60 % collecting");
        assertFalse(share.overLimit(30 * SECOND, 7_000 + 2_000), "back to 20 %: alive again");
    }

    @Test
    void probesSoonerThanTheWindowKeepTheVerdictAndLetTheWindowRunOn() {
        CollectionTimeShare share = new CollectionTimeShare(0, 0);
        assertFalse(share.overLimit(2 * SECOND, 1_500), "75 % of two seconds is not judged yet");
        assertFalse(share.overLimit(5 * SECOND, 4_000), "nor of five");
        assertTrue(share.overLimit(10 * SECOND, 6_000), "the whole window counts, not the last probe's part");
        assertTrue(share.overLimit(12 * SECOND, 6_000), "the verdict holds until the next window is full");
    }
}
