package org.association.web.site.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AskedBeforeTest {

    @Test
    void anAddressPassesTheSecondTimeItIsAsked() {
        AskedBefore asked = new AskedBefore(1024);
        assertFalse(asked.check("/search?q=heart"));
        assertTrue(asked.check("/search?q=heart"));
        assertTrue(asked.check("/search?q=heart"));
        assertFalse(asked.check("/search?q=lung"), "another address is new");
    }

    @Test
    void manyNewAddressesPushOutTheOldOnes() {
        AskedBefore asked = new AskedBefore(64);
        asked.check("/search?q=first");
        IntStream.range(0, 10_000).forEach(i -> asked.check("/search?q=" + i));
        assertFalse(asked.check("/search?q=first"), "forgotten after 10,000 others in 64 slots");
        long remembered = IntStream.range(9_990, 10_000).filter(i -> asked.check("/search?q=" + i)).count();
        assertTrue(remembered >= 5, "most of the last ten are remembered: " + remembered);
    }

    @Test
    void theTableIsAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new AskedBefore(1000));
    }
}
