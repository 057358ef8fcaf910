package org.association.web.site.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import org.association.common.ContentChanged;
import org.association.common.ContentChanges;
import org.association.common.Hashes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages, kept as bytes so that a page which has not changed is not rendered again.
 * Keyed by address and the parameters the page reads (see PageKeys; the language is part of the path); what a
 * committed change may have changed is dropped (see CachePolicy), so a published edit shows on the next request;
 * bounded in bytes, least recently used out first.
 * Addresses with a query other than a page number (searches, and whatever a client appends) are
 * without number, so they are kept apart, in an eighth of the room, and only once asked for a second
 * time: a stream of new questions pushes out neither the site's own pages nor the answers readers ask for again.
 * Each server keeps its own; in a cluster every server hears of every change (see ContentChanged).
 */
@ApplicationScoped
public class PageCache {

    private static final int QUERIED_SHARE = 8;
    /** How many of the latest questions are remembered, to keep the answer to one asked again. */
    private static final int REMEMBERED_QUESTIONS = 8192;

    /** What a render read before it began: a change since then makes the page one not to keep. */
    public record Stamp(long all, long members) {
    }

    /**
     * A rendered page: its bytes, those bytes gzipped (made when first asked for), an entity tag for each, and whether
     * it shows members (leadership, secretariat, directory), the only pages that a change to a member changes.
     */
    public static final class Page {

        private final byte[] body;
        private final String contentType;
        private final Map<String, String> headers;
        private final String etag;
        private final boolean showsMembers;
        private final long createdAt;
        private volatile byte[] gzipped;

        Page(byte[] body, String contentType, Map<String, String> headers, boolean showsMembers, long createdAt) {
            this.body = body;
            this.contentType = contentType;
            this.headers = Map.copyOf(headers);
            this.etag = "\"" + Hashes.sha256(body).substring(0, 32) + "\"";
            this.showsMembers = showsMembers;
            this.createdAt = createdAt;
        }

        public byte[] body() {
            return body;
        }

        public byte[] gzipped() {
            byte[] compressed = gzipped;
            if (compressed == null) {
                compressed = gzip(body);
                gzipped = compressed;
            }
            return compressed;
        }

        public String contentType() {
            return contentType;
        }

        public Map<String, String> headers() {
            return headers;
        }

        /** The tag of the plain bytes. */
        public String etag() {
            return etag;
        }

        /** The tag of the gzipped bytes: other bytes, so another tag. */
        public String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gzip\"";
        }

        /** True when an If-None-Match header names {@code etag} (or any tag, "*"), compared weakly as RFC 9110 asks. */
        public static boolean matches(String ifNoneMatch, String etag) {
            if (ifNoneMatch == null) {
                return false;
            }
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        }

        boolean showsMembers() {
            return showsMembers;
        }

        long ageSeconds() {
            return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - createdAt);
        }

        long size() {
            return body.length;
        }
    }

    @Inject
    @ConfigProperty(name = "association.page-cache.max-bytes", defaultValue = "67108864")
    private long maxBytes;

    /** Pages also expire: a page can depend on the date (who holds office today). */
    @Inject
    @ConfigProperty(name = "association.page-cache.max-age-seconds", defaultValue = "600")
    private long maxAgeSeconds;

    /** Addresses without a query or with only a page number. Guarded by this. */
    private KeptPages sitePages;
    /** Any other address. Guarded by this. */
    private KeptPages queried;
    /** Guarded by this; not emptied by a change, as a question asked before it is still asked again. */
    private final AskedBefore askedBefore = new AskedBefore(REMEMBERED_QUESTIONS);
    /** Raised by every change: a page rendered before it is sent to its reader but not kept. Guarded by this. */
    private long generation;
    /** Raised by every change to a member, for the pages that show members. Guarded by this. */
    private long memberGeneration;
    /** Renders under way, one per address, that readers of the same address wait for instead of rendering it again. */
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

    @Inject
    private ContentChanges changes;

    @PostConstruct
    void create() {
        sitePages = new KeptPages(maxBytes - maxBytes / QUERIED_SHARE);
        queried = new KeptPages(maxBytes / QUERIED_SHARE);
        changes.subscribe(this::changed);
    }

    public Page get(String key) {
        synchronized (this) {
            KeptPages region = region(key);
            Page page = region.get(key);
            if (page != null && System.nanoTime() - page.createdAt > Duration.ofSeconds(maxAgeSeconds).toNanos()) {
                region.remove(key);
                return null;
            }
            return page;
        }
    }

    /** What {@link #put} is given, read before rendering. */
    public synchronized Stamp stamp() {
        return new Stamp(generation, memberGeneration);
    }

    /**
     * Registers {@code render} as the render of {@code key} under way, unless there is one; answers the one there is
     * (which the caller may wait for), or null when {@code render} is now the one, to be completed and then ended.
     */
    public CompletableFuture<Page> startRendering(String key, CompletableFuture<Page> render) {
        return rendering.putIfAbsent(key, render);
    }

    public void endRendering(String key, CompletableFuture<Page> render) {
        rendering.remove(key, render);
    }

    public Page put(String key, byte[] body, String contentType, Map<String, String> headers, boolean showsMembers,
            Stamp renderedIn) {
        Page page = new Page(body, contentType, headers, showsMembers, System.nanoTime());
        synchronized (this) {
            if (renderedIn.all() != generation || showsMembers && renderedIn.members() != memberGeneration) {
                return page; // rendered before the latest change: right for who asked before it, not for who asks next
            }
            KeptPages region = region(key);
            if (region == queried && !askedBefore.check(key)) {
                return page;
            }
            region.put(key, page);
        }
        return page;
    }

    /** Drops what a committed change may have changed, as {@link CachePolicy#drop} tells. */
    void changed(ContentChanged change) {
        switch (CachePolicy.drop(change)) {
            case NOTHING -> {
                // on no public page
            }
            case MEMBER_PAGES -> dropMemberPages();
            case SEARCH_ANSWERS -> drop(CachePolicy::isSearchAnswer);
            case WHERE_PLACED -> drop(key -> CachePolicy.shows(key, change));
            case EVENT_PAGES -> drop(CachePolicy::isEventPage);
            case EVERYTHING -> clear();
        }
    }

    synchronized void dropMemberPages() {
        memberGeneration++;
        sitePages.removeIf((key, page) -> page.showsMembers());
        queried.removeIf((key, page) -> page.showsMembers());
    }

    /** Drops the pages kept under the keys {@code shown}, and lets no render that began before this be kept. */
    synchronized void drop(Predicate<String> shown) {
        generation++;
        sitePages.removeIf((key, page) -> shown.test(key));
        queried.removeIf((key, page) -> shown.test(key));
        rendering.keySet().removeIf(shown);
    }

    public synchronized void clear() {
        generation++;
        sitePages.clear();
        queried.clear();
        // who asks from now on must not wait for a render that began before the change
        rendering.clear();
    }

    public synchronized int size() {
        return sitePages.size() + queried.size();
    }

    private KeptPages region(String key) {
        return PageKeys.isSitePage(key) ? sitePages : queried;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
