package org.association.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Http;

/** Reads a deployed site from outside, as a reader does: pages, and photos byte for byte. */
final class SiteReader {

    static final String SEED_ACTIVITY = "/activities/2024/01/25/gongzuo-zongjie-bushu-hui";
    /** 赵会长.jpg, the seed activity's third photo, as its address spells it. */
    private static final Pattern PRESIDENT_PHOTO = Pattern.compile("src=\"(/files/[0-9]+/%E8%B5%B5%E4%BC%9A%E9%95%BF\\.jpg)\"");

    private final String baseUrl;

    SiteReader(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> get(String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The seed activity of 25 January 2024 reads as the demo data wrote it, with its photo from the database. */
    void assertSeedActivity() {
        HttpResponse<String> page = get(SEED_ACTIVITY);
        assertEquals(200, page.statusCode(), SEED_ACTIVITY);
        assertTrue(page.body().contains("工作总结暨") && page.body().contains("管理员"), "the seed activity's title and author");
        Matcher photo = PRESIDENT_PHOTO.matcher(page.body());
        assertTrue(photo.find(), "the page shows 赵会长.jpg");
        HttpResponse<byte[]> file = bytes(photo.group(1));
        assertEquals(200, file.statusCode());
        assertEquals("image/jpeg", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals((byte) 0xFF, file.body()[0], "a JPEG from the database");
        assertTrue(file.body().length > 1000, "the whole photo");
    }
}
