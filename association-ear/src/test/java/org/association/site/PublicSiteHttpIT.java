package org.association.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The public site as a crawler, a feed reader and an app see it: status codes, headers, feeds and JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteHttpIT {

    static final String SEED = "/activities/2024/01/25/work-summary-meeting";
    static final String SEED_TITLE = "The Secretariat of Chengdu High-tech Medical Association held the 2023 work summary and "
            + "2024 work deployment meeting";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void anonymousReadersGetNoSession() {
        for (String path : List.of("/", "/en/", "/activities", "/en/activities?page=1", SEED, "/en" + SEED, "/leadership",
                "/en/secretariat", "/directory", "/join", "/en/join?kind=institution", "/search?q=会长", "/feed.atom",
                "/activities/feed.atom", "/sitemap.xml", "/api/articles", "/introduction")) {
            HttpResponse<String> response = Http.get(encode(path));
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(cookie -> cookie.startsWith("JSESSIONID")),
                    path + " set " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void pagesAnswerConditionalRequestsWith304() {
        for (String path : List.of(SEED, "/activities", "/en/notices", "/api/articles", "/feed.atom")) {
            HttpResponse<String> first = Http.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            HttpResponse<String> again = Http.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(200, Http.get(path, "If-None-Match", "\"something-else\"").statusCode(), path);
        }
    }

    @Test
    void searchPagesAreKeptYetAPublishedArticleIsFoundByTheNextSearch() {
        String search = "/en/search?q=freshlypublished";
        HttpResponse<String> before = Http.get(search);
        String etag = before.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("the search page was not kept"));
        assertEquals(304, Http.get(search, "If-None-Match", etag).statusCode());
        assertFalse(before.body().contains("/notices/2024/02/02/freshlypublished"), "not published yet");
        Fixtures.article("notices", "freshlypublished", "PUBLISHED");
        assertTrue(Http.get(search).body().contains("/notices/2024/02/02/freshlypublished"), "found at once");
    }

    @Test
    void theKeptMenuShowsANewChannelOnTheNextPage() {
        assertFalse(Http.get("/en/").body().contains("Test channel menu-news"), "the menu is rendered and kept before");
        Fixtures.channelWithArticles("menu-news", 1);
        assertTrue(Http.get("/en/?after=1").body().contains("<span class=\"ui-menuitem-text\">Test channel menu-news</span>"),
                "the English menu");
        assertTrue(Http.get("/").body().contains("<span class=\"ui-menuitem-text\">测试栏目 menu-news</span>"), "the Chinese menu");
    }

    @Test
    void everyPageNamesItselfAndItsLanguagesAndItsFeed() {
        String english = Http.get("/en" + SEED).body();
        assertTrue(english.contains("<title>" + SEED_TITLE + " - Chengdu High-tech Medical Association</title>"), english);
        assertTrue(english.contains("<meta name=\"description\""));
        assertTrue(english.contains("<link rel=\"canonical\" href=\"" + Browser.baseUrl() + "/en" + SEED + "\""), "canonical");
        assertTrue(english.contains("hreflang=\"zh-CN\" href=\"" + Browser.baseUrl()
                + "/activities/2024/01/25/gongzuo-zongjie-bushu-hui\""),
                "hreflang of the Chinese version");
        assertTrue(english.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "feed link");
        String chinese = Http.get("/").body();
        assertTrue(chinese.contains(">首页<"), "the home link reads 首页 in the Chinese interface");
        assertTrue(chinese.contains("hreflang=\"en\" href=\"" + Browser.baseUrl() + "/en/\""));
    }

    @Test
    void readersCannotReachWhatIsNotPublished() {
        long draft = Fixtures.article("notices", "http-draft", "DRAFT");
        assertEquals(404, Http.get("/notices/2024/02/02/http-draft").statusCode(), "a draft");
        assertEquals(404, Http.get("/api/articles/" + draft).statusCode(), "a draft is not in the API");
        assertEquals(404, Http.get("/association-news/2024/06/28/work-plan-2024-h2-draft").statusCode(), "the demo's draft");
        assertEquals(404, Http.get("/activities/2024/01/25/no-such-article").statusCode());
        assertEquals(404, Http.get("/no-such-channel").statusCode());
        assertEquals(404, Http.get("/activities?page=999").statusCode());
        String notFound = Http.get("/no-such-channel").body();
        assertFalse(Pattern.compile("at [a-z]+\\.[\\w.$]+\\([\\w]+\\.java:[0-9]+\\)").matcher(notFound).find(), "no stack trace");
        assertTrue(notFound.contains("Page not found") || notFound.contains("页面不存在"), notFound);
    }

    @Test
    void bodiesReachReadersSanitized() {
        Fixtures.article("notices", "hostile", "PUBLISHED");
        HttpResponse<String> page = Http.get("/en/notices/2024/02/02/hostile");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<p>Visible paragraph</p>"), body);
        for (String attack : List.of("alert('script')", "onerror", "javascript:alert")) {
            assertFalse(body.contains(attack), attack + " reached the reader");
        }
        String feed = new String(Http.getBytes("/en/notices/feed.atom").body(), StandardCharsets.UTF_8);
        assertTrue(feed.contains("Visible paragraph"));
        assertFalse(feed.contains("alert("), "nor through the feed");
    }

    @Test
    void oldAndWrongAddressesAreRedirected() {
        HttpResponse<String> index = Http.get("/index.xhtml");
        assertEquals(301, index.statusCode());
        assertEquals("/", index.headers().firstValue("Location").orElseThrow());
        long seedId = seedId();
        HttpResponse<String> byId = Http.get("/site/article.xhtml?id=" + seedId);
        assertEquals(301, byId.statusCode());
        assertEquals("/en" + SEED, byId.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> wrongDate = Http.get("/activities/2024/01/26/work-summary-meeting");
        assertEquals(301, wrongDate.statusCode());
        assertEquals(SEED, wrongDate.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheRememberedChoice() {
        HttpResponse<String> english = Http.get("/activities", "Accept-Language", "en-US,en;q=0.9");
        assertEquals(302, english.statusCode());
        assertEquals("/en/activities", english.headers().firstValue("Location").orElseThrow());
        assertEquals(200, Http.get("/activities", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").statusCode());

        HttpResponse<String> switched = Http.get("/en/activities?hl=zh");
        assertEquals(302, switched.statusCode());
        assertEquals("/activities", switched.headers().firstValue("Location").orElseThrow());
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("lang=zh"), cookie);
        HttpResponse<String> remembered = Http.get("/en/activities", "Cookie", "lang=zh");
        assertEquals(302, remembered.statusCode());
        assertEquals("/activities", remembered.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theAtomFeedsCarryTheSeedActivity() throws Exception {
        for (String path : List.of("/en/feed.atom", "/en/activities/feed.atom", "/en/service/feed.atom")) {
            HttpResponse<byte[]> response = Http.getBytes(path);
            assertEquals("application/atom+xml;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow()
                    .replace(" ", ""));
            Document feed = xml(response.body());
            assertEquals("feed", feed.getDocumentElement().getLocalName());
            NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < titles.getLength(); i++) {
                texts.add(titles.item(i).getTextContent());
            }
            assertTrue(texts.contains(SEED_TITLE), path + ": " + texts);
        }
        String notices = new String(Http.getBytes("/notices/feed.atom").body(), StandardCharsets.UTF_8);
        assertFalse(notices.contains(SEED_TITLE), "a channel's feed holds that channel's articles only");
    }

    @Test
    void theSitemapListsPublishedArticlesOnly() throws Exception {
        Document index = xml(Http.getBytes("/sitemap.xml").body());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        List<String> locations = new ArrayList<>();
        NodeList files = index.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        for (int i = 0; i < files.getLength(); i++) {
            String path = URI.create(files.item(i).getTextContent()).getPath();
            NodeList urls = xml(Http.getBytes(path).body())
                    .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
            for (int j = 0; j < urls.getLength(); j++) {
                locations.add(urls.item(j).getTextContent());
            }
        }
        assertTrue(locations.contains(Browser.baseUrl() + "/en" + SEED), locations.toString());
        assertTrue(locations.contains(Browser.baseUrl() + "/activities"));
        assertTrue(locations.stream().noneMatch(location -> location.contains("draft")), "no draft");
    }

    @Test
    void anyWebSiteMayShowTheApiKeptOrNot() {
        String path = "/api/articles?channel=notices&size=3";
        HttpResponse<String> first = Http.get(path);
        HttpResponse<String> kept = Http.get(path);
        assertTrue(kept.headers().firstValue("Age").isPresent(), "kept");
        HttpResponse<String> unchanged = Http.get(path, "If-None-Match", kept.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, unchanged.statusCode());
        for (HttpResponse<String> answer : List.of(first, kept, unchanged, Http.get("/api/articles?size=101"))) {
            assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null), answer.uri().toString());
        }
        assertTrue(Http.get("/en/notices").headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "pages are not open");
    }

    @Test
    void theApiServesPublishedArticlesAsJson() {
        HttpResponse<String> list = Http.get("/api/articles?channel=activities&language=en");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject page = Json.createReader(new StringReader(list.body())).readObject();
        assertEquals(1, page.getInt("page"));
        JsonArray items = page.getJsonArray("items");
        JsonObject seed = items.getValuesAs(JsonObject.class).stream().filter(item -> SEED_TITLE.equals(item.getString("title")))
                .findFirst().orElseThrow(() -> new AssertionError(list.body()));
        assertEquals(Browser.baseUrl() + "/en" + SEED, seed.getString("url"));

        JsonObject article = Json.createReader(new StringReader(Http.get("/api/articles/" + seed.getJsonNumber("id")).body()))
                .readObject();
        assertEquals("管理员", article.getString("author"));
        assertEquals(3, article.getJsonArray("attachments").size());
        assertTrue(article.getString("bodyHtml").contains("Zhao Cong"));

        assertEquals(400, Http.get("/api/articles?page=0").statusCode());
        assertEquals(400, Http.get("/api/articles?size=1000").statusCode());
        assertEquals(404, Http.get("/api/articles?channel=no-such-channel").statusCode());
        assertEquals(404, Http.get("/api/articles/abc").statusCode());
    }

    @Test
    void photosComeFromTheDatabaseUnderTheirOwnNames() {
        String body = Http.get("/en" + SEED).body();
        Matcher photo = Pattern.compile("src=\"(/files/([0-9]+)/%E8%B5%B5%E4%BC%9A%E9%95%BF\\.jpg)\"").matcher(body);
        assertTrue(photo.find(), "the body shows 赵会长.jpg");
        HttpResponse<byte[]> file = Http.getBytes(photo.group(1));
        assertEquals(200, file.statusCode());
        assertEquals("image/jpeg", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline; filename=\"___.jpg\"; filename*=UTF-8''%E8%B5%B5%E4%BC%9A%E9%95%BF.jpg",
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals((byte) 0xFF, file.body()[0], "a JPEG");
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.getBytes(photo.group(1), "If-None-Match", etag).statusCode());
        HttpResponse<byte[]> thumbnail = Http.getBytes("/thumbnails/" + photo.group(2) + ".jpg");
        assertEquals(200, thumbnail.statusCode());
        assertTrue(thumbnail.body().length < file.body().length, "the thumbnail is smaller");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<String> page = Http.get("/");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(page.headers().firstValue("Server").isEmpty(), "the server does not announce itself");
        assertTrue(page.headers().firstValue("X-Powered-By").isEmpty());
    }

    @Test
    void compressedAnswersVaryByEncodingAndCarryTagsOfTheirOwn() {
        for (String path : List.of("/api/articles", "/sitemap.xml", "/en/notices", "/", "/feed.atom")) {
            HttpResponse<byte[]> gzipped = Http.getBytes(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(gzipped.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Accept-Encoding")),
                    path + " Vary: " + gzipped.headers().allValues("Vary"));
            HttpResponse<byte[]> refused = Http.getBytes(path, "Accept-Encoding", "gzip;q=0, identity");
            assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), path
                    + " sent gzip to a client that refused it");
            HttpResponse<byte[]> plain = Http.getBytes(path);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
            String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
            String plainTag = plain.headers().firstValue("ETag").orElseThrow();
            assertFalse(gzipTag.equals(plainTag), path + ": other bytes, one strong tag " + plainTag);
            assertEquals(304, Http.getBytes(path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode(), path);
            assertEquals(200, Http.getBytes(path, "If-None-Match", gzipTag).statusCode(), path
                    + ": the gzip tag matched plain bytes");
        }
    }

    @Test
    void pagesThatMayRedirectByTheLanguageCookieSayTheyVaryByIt() {
        for (String path : List.of("/en/notices", "/en/", "/notices")) {
            assertTrue(Http.get(path).headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Cookie")), path);
        }
        HttpResponse<String> redirected = Http.get("/en/notices", "Cookie", "lang=zh");
        assertEquals(302, redirected.statusCode());
        assertEquals("/notices", redirected.headers().firstValue("Location").orElseThrow());
        assertTrue(redirected.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Cookie")));
    }

    @Test
    void robotsAndTheFaviconAreRealFiles() {
        HttpResponse<String> robots = Http.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(robots.body().contains("User-agent: *"), robots.body());
        assertTrue(robots.body().contains("Sitemap: " + Browser.baseUrl() + "/sitemap.xml"), robots.body());
        assertTrue(robots.body().contains("Disallow: /admin"), robots.body());
        HttpResponse<byte[]> icon = Http.getBytes("/favicon.ico");
        assertEquals(200, icon.statusCode());
        byte[] bytes = icon.body();
        assertTrue(bytes.length > 22 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0, "an ICO file");
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                icon.headers().firstValue("Content-Type").orElse("none"));
    }

    @Test
    void theSitemapNamesEachTranslationAndTheDefaultLanguage() throws Exception {
        Document pages = xml(Http.getBytes("/sitemap/pages.xml").body());
        Element home = urlOf(pages, Browser.baseUrl() + "/en/");
        assertEquals(Browser.baseUrl() + "/", alternate(home, "zh-CN"));
        assertEquals(Browser.baseUrl() + "/en/", alternate(home, "en"));
        assertEquals(Browser.baseUrl() + "/", alternate(home, "x-default"));
        Document articles = xml(Http.getBytes("/sitemap/articles-1.xml").body());
        Element english = urlOf(articles, Browser.baseUrl() + "/en" + SEED);
        String chinese = alternate(english, "zh-CN");
        assertTrue(chinese.startsWith(Browser.baseUrl() + "/activities/2024/01/25/"), chinese);
        assertEquals(Browser.baseUrl() + "/en" + SEED, alternate(english, "en"));
        assertEquals(chinese, alternate(english, "x-default"));
        assertEquals(Browser.baseUrl() + "/en" + SEED, alternate(urlOf(articles, chinese), "en"), "and back");
    }

    private static Element urlOf(Document sitemap, String location) {
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent()
                    .equals(location)) {
                return url;
            }
        }
        throw new AssertionError(location + " is not in the sitemap");
    }

    private static String alternate(Element url, String hreflang) {
        NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getAttribute("hreflang").equals(hreflang) && link.getAttribute("rel").equals("alternate")) {
                return link.getAttribute("href");
            }
        }
        throw new AssertionError("no " + hreflang + " alternate");
    }

    static long seedId() {
        JsonObject page = Json.createReader(new StringReader(Http.get("/api/articles?channel=activities&language=en").body()))
                .readObject();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> SEED_TITLE.equals(item.getString("title")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String encode(String path) {
        return path.replace("会长", "%E4%BC%9A%E9%95%BF");
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
