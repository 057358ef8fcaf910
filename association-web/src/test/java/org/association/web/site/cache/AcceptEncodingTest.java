package org.association.web.site.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    @Test
    void gzipIsSentOnlyWhereItsQualityIsAboveZero() {
        for (String yes : new String[] {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*", "identity, *;q=0.5", "GZIP",
            "x-gzip", "gzip;q=0.001"}) {
            assertTrue(AcceptEncoding.allowsGzip(yes), yes);
        }
        for (String no : new String[] {"gzip;q=0", "gzip; q=0.0", "identity", "br", "*;q=0", "gzip;q=0, *", "", "gzip;q=zero"}) {
            assertFalse(AcceptEncoding.allowsGzip(no), no);
        }
        assertFalse(AcceptEncoding.allowsGzip(null));
    }
}
