package org.association.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteUrlTest {

    @Test
    void theBaseLosesItsTrailingSlashAndTheSchemesOwnPort() {
        assertEquals(new SiteUrl.Parsed("https://www.example.org", "www.example.org"),
                SiteUrl.parse("https://WWW.example.org:443/"));
        assertEquals(new SiteUrl.Parsed("http://localhost:18080", "localhost:18080"), SiteUrl.parse("http://localhost:18080"));
        assertEquals(new SiteUrl.Parsed("https://example.org/association", "example.org"),
                SiteUrl.parse("https://example.org/association/"));
    }

    @Test
    void onlyAnHttpAddressWithoutQueryOrUserIsASiteUrl() {
        for (String wrong : new String[] {"ftp://example.org", "example.org", "https://example.org/?x=1",
            "https://user@example.org", "https://example.org/#top", "http://"}) {
            assertThrows(IllegalArgumentException.class, () -> SiteUrl.parse(wrong), wrong);
        }
    }

    @Test
    void theSitesHostIsTheOneItsReadersSend() {
        SiteUrl site = new SiteUrl();
        site.configured = "https://www.example.org";
        site.parse();
        assertTrue(site.isSiteHost("www.example.org"));
        assertTrue(site.isSiteHost("WWW.Example.org"));
        assertFalse(site.isSiteHost("www.example.org:8080"));
        assertFalse(site.isSiteHost("evil.example"));
        assertFalse(site.isSiteHost(null));
        assertEquals("https://www.example.org/en/news", site.absolute("/en/news"));
    }
}
