package org.association.web.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Sends a public page from the page cache, rendering it first when it is not there. Every answer
 * carries its entity tag and asks the browser to revalidate ("no-cache"), so a reader gets a 304
 * for a page that has not changed and the new page as soon as it has.
 */
final class PageResponses {

    /** Renders a page into the response it is given. */
    @FunctionalInterface
    interface Renderer {
        void render(HttpServletResponse target) throws IOException, ServletException;
    }

    private PageResponses() {
    }

    /**
     * Reads by anyone, of pages that are the same for everyone. Search answers too: at 100,000 articles one costs tens
     * of milliseconds of processor, and the questions readers ask again and again are the ones worth keeping; the
     * least recently used page leaves first, so what readers keep asking for stays.
     */
    static boolean isCacheable(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method);
    }

    static void serve(HttpServletRequest request, HttpServletResponse response, PageCache cache, String key, Renderer renderer)
            throws IOException, ServletException {
        PageCache.Page page = cache.get(key);
        if (page == null) {
            CapturedResponse captured = new CapturedResponse(response);
            renderer.render(captured);
            if (captured.errorSent()) {
                return; // the container's error page goes out as it is
            }
            boolean sameForEveryone = captured.status() == HttpServletResponse.SC_OK && !captured.setsCookie()
                    && request.getSession(false) == null;
            if (!sameForEveryone) {
                byte[] body = captured.body();
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
            page = cache.put(key, captured.body(), response.getContentType(), captured.pageHeaders());
        } else {
            response.setContentType(page.contentType());
            // added, not set: the site's own Content-Security-Policy is already there and stays
            for (Map.Entry<String, String> header : page.headers().entrySet()) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        send(page, request, response);
    }

    static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", "no-cache");
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String acceptEncoding = request.getHeader("Accept-Encoding");
        byte[] body = page.body();
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            body = page.gzipped();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
