package org.association.web.site.cache;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a public page from the page cache, rendering it first when it is not there. Every answer
 * carries its entity tag and asks the browser to revalidate ("no-cache"), so a reader gets a 304
 * for a page that has not changed and the new page as soon as it has.
 */
public final class PageResponses {

    /** Renders a page into the response it is given. */
    @FunctionalInterface
    public interface Renderer {
        void render(HttpServletResponse target) throws IOException, ServletException;
    }

    /**
     * Where an answer is kept: its key, whether it shows members (see PageCache), and whether its render may be kept
     * at all (only one asked for by the site's own address: a page never depends on the Host, but who asks by another
     * name gets a render of their own, not a copy for everyone).
     */
    public record Kept(String key, boolean showsMembers, boolean keepRender) {
    }

    /** Longer than any render takes; a reader who waited that long renders the page alone. */
    private static final long RENDER_WAIT_SECONDS = 30;

    private PageResponses() {
    }

    public static void serve(HttpServletRequest request, HttpServletResponse response, PageCache cache, Kept kept,
            Renderer renderer) throws IOException, ServletException {
        String key = kept.key();
        PageCache.Page page = cache.get(key);
        // only a GET's render has the body that every later reader needs; a HEAD is answered without one
        boolean keepRender = kept.keepRender() && "GET".equals(request.getMethod());
        if (page == null && !keepRender) {
            renderer.render(response);
            return;
        }
        CompletableFuture<PageCache.Page> render = new CompletableFuture<>();
        CompletableFuture<PageCache.Page> other = page == null ? cache.startRendering(key, render) : null;
        if (other != null) {
            // after a change, many readers ask for the same page at once: one renders it, the others wait for it
            page = awaitRender(other);
        }
        if (page == null) {
            try {
                page = render(request, response, cache, kept, renderer);
            } finally {
                render.complete(page); // null: not a page for everyone, or it failed; who waited renders it then
                if (other == null) {
                    cache.endRendering(key, render);
                }
            }
            if (page == null) {
                return;
            }
        } else {
            response.setContentType(page.contentType());
            // added, not set: the site's own Content-Security-Policy is already there and stays
            for (Map.Entry<String, String> header : page.headers().entrySet()) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        send(page, request, response);
    }

    /** Renders the page; answers it, or null when it was sent as it is because it is not the same for everyone. */
    private static PageCache.Page render(HttpServletRequest request, HttpServletResponse response, PageCache cache, Kept kept,
            Renderer renderer) throws IOException, ServletException {
        PageCache.Stamp stamp = cache.stamp();
        CapturedResponse captured = new CapturedResponse(response);
        renderer.render(captured);
        if (captured.errorSent()) {
            return null; // the container's error page goes out as it is
        }
        byte[] body = captured.body();
        boolean sameForEveryone = captured.status() == HttpServletResponse.SC_OK && !captured.setsCookie()
                && request.getSession(false) == null && body.length > 0;
        if (!sameForEveryone) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        return cache.put(kept.key(), body, response.getContentType(), captured.pageHeaders(), kept.showsMembers(), stamp);
    }

    /** The page another request is rendering, or null if it is not one to share or takes too long. */
    private static PageCache.Page awaitRender(CompletableFuture<PageCache.Page> render) {
        try {
            return render.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * Sends the page gzipped to a client that accepts it, plain otherwise. Each of the two has its own entity tag (the
     * bytes differ), and a cache on the way keeps them apart by Accept-Encoding.
     */
    static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!response.containsHeader("Vary")) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        // as a cache in front of the site says it: how long ago this copy was rendered
        response.setHeader("Age", Long.toString(page.ageSeconds()));
        if (PageCache.Page.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = page.body();
        if (gzip) {
            body = page.gzipped();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
