package org.association.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.HostHeaderClient;
import org.association.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside review found in the public request path, as an attacker would try it: a forged Host header, an
 * address that redirects elsewhere, a HEAD that blanks a page, paging past what an int holds, and parameters that
 * flood the page cache. Each first empties the page cache (a file attached to a draft does), so that the request tried
 * is the one whose render would be kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteSecurityIT {

    private static final String EVIL = "evil.example";
    private static long draft;
    private static int files;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aForgedHostReachesNoLinkAndNoKeptPage() {
        long id = firstArticleId();
        for (String path : List.of("/en/news", "/", "/feed.atom", "/en/activities/feed.atom", "/sitemap.xml",
                "/sitemap/pages.xml", "/sitemap/articles-1.xml", "/api/articles", "/api/articles/" + id)) {
            emptyThePageCache();
            HostHeaderClient.Answer forged = HostHeaderClient.get(path, EVIL);
            assertEquals(200, forged.status(), path);
            assertFalse(forged.body().contains(EVIL), path + " names the forged host");
            assertFalse(forged.headers().containsKey("etag"), path + ": a render for a forged host must not be kept");
            HttpResponse<String> reader = Http.get(path);
            assertFalse(reader.body().contains(EVIL), path + " kept the forged host for the next reader");
            assertTrue(reader.body().contains(Browser.baseUrl() + "/"), path + " links to the site's own address");
        }
    }

    @Test
    void redirectsStayOnTheSite() {
        for (String path : List.of("/en//evil.example/?hl=zh", "/en//evil.example?hl=zh", "//evil.example/?hl=en",
                "/en///evil.example/x?hl=zh")) {
            HttpResponse<String> response = Http.get(path);
            assertEquals(302, response.statusCode(), path);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\"), path + " -> "
                    + location);
        }
        // the not-found page's own language switch
        HttpResponse<String> missing = Http.get("/en//evil.example/");
        assertEquals(404, missing.statusCode());
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(missing.body());
        while (links.find()) {
            assertFalse(links.group(1).startsWith("//"), "the 404 page links to " + links.group(1));
        }
    }

    @Test
    void aHeadRequestLeavesTheBodyForTheNextReader() {
        long id = firstArticleId();
        for (String path : List.of("/api/articles/" + id, "/api/articles", "/en/notices", "/sitemap.xml", "/feed.atom")) {
            emptyThePageCache();
            HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode(), path);
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> get = Http.get(path);
                assertEquals(200, get.statusCode(), path);
                assertTrue(get.body().length() > 50, path + " answered " + get.body().length() + " characters after a HEAD");
            }
        }
    }

    @Test
    void pagingPastWhatAnIntHoldsIsNoServerError() {
        HttpResponse<String> api = Http.get("/api/articles?page=21474838&size=100");
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"items\":[]"), api.body());
        assertEquals(400, Http.get("/api/articles?page=2147483648").statusCode());
        assertEquals(400, Http.get("/api/articles?size=101").statusCode());
        for (String path : List.of("/activities?page=21474838", "/activities?page=2147483648", "/directory?page=99999999",
                "/search?q=%E4%BC%9A&page=21474838", "/search?q=%E4%BC%9A&page=-1", "/en/news?page=0")) {
            assertEquals(404, Http.get(path).statusCode(), path);
        }
        HttpResponse<String> api2 = Http.get("/api/articles?page=999999999&size=100");
        assertEquals(200, api2.statusCode(), api2.body());
    }

    @Test
    void parametersThatAPageDoesNotReadMakeNoPageOfTheirOwn() {
        emptyThePageCache();
        for (String page : List.of("/", "/en/leadership", "/join", "/en/feed.atom", "/en/introduction", "/en/notices")) {
            String etag = etag(Http.get(page), page);
            List<String> junks = page.equals("/en/notices") ? List.of("?utm_source=x%22%3E", "?cold=17&page=1", "?page=1")
                    : List.of("?page=2", "?page=999999999", "?utm_source=x%22%3E", "?cold=17&page=1");
            for (String junk : junks) {
                String path = page + junk;
                HttpResponse<String> response = Http.get(path);
                assertEquals(200, response.statusCode(), path);
                assertEquals(etag, etag(response, path), path + " was rendered as a page of its own");
                assertFalse(response.body().contains("utm_source") || response.body().contains("cold=17"), path
                        + " wrote its query back");
            }
        }
        // what a page reads still makes its own page
        assertNotEquals(etag(Http.get("/join"), "/join"), etag(Http.get("/join?kind=institution"), "/join?kind=institution"));
    }

    @Test
    void changesToMembersAndAccountsLeaveTheNewsKept() throws InterruptedException {
        emptyThePageCache();
        Http.get("/en/notices");
        Http.get("/en/leadership");
        Thread.sleep(2100);
        assertTrue(age("/en/notices") >= 2, "kept");
        Fixtures.member("Kept Pages Test " + System.nanoTime());
        Fixtures.account("keptpages" + System.nanoTime() % 100000, "a long enough staff password 1", "EDITOR");
        assertTrue(age("/en/notices") >= 2, "a change to a member or an account emptied the page cache");
        assertTrue(age("/en/leadership") < 2, "the leadership page shows members: a member's change drops it");
    }

    private static long age(String path) {
        HttpResponse<String> response = Http.get(path);
        return Long.parseLong(response.headers().firstValue("Age").orElseThrow(() -> new AssertionError(path + " was not kept")));
    }

    private static String etag(HttpResponse<String> response, String path) {
        Optional<String> etag = response.headers().firstValue("ETag");
        return etag.orElseThrow(() -> new AssertionError(path + " has no ETag"));
    }

    /** A file may be on any page (CachePolicy): attaching one, even to a draft, drops every kept page. */
    private static void emptyThePageCache() {
        if (draft == 0) {
            draft = Fixtures.article("notices", "security-draft-" + System.nanoTime() % 1000000, "DRAFT");
        }
        Fixtures.upload(draft, "empties-the-cache-" + ++files + ".pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static long firstArticleId() {
        Matcher id = Pattern.compile("\"id\":([0-9]+)").matcher(Http.get("/api/articles").body());
        assertTrue(id.find(), "no article in the API");
        return Long.parseLong(id.group(1));
    }
}
