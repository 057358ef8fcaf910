package org.association.web.site.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds back a page's body instead of sending it, so the page cache can keep the bytes, tag them
 * and answer conditional requests. Headers go through to the real response as usual; the few that
 * belong to the page (see CachePolicy) are remembered, so a cached copy is served with them.
 */
class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final Map<String, String> pageHeaders = new LinkedHashMap<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean setsCookie;
    private boolean errorSent;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a captured page is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws java.io.IOException {
        this.status = status;
        this.errorSent = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws java.io.IOException {
        this.status = status;
        this.errorSent = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws java.io.IOException {
        this.status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void setHeader(String name, String value) {
        remember(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        remember(name, value);
        super.addHeader(name, value);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    // the length is the cache's to set, once it knows the bytes it sends
    @Override
    public void setContentLength(int length) {
    }

    @Override
    public void setContentLengthLong(long length) {
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    int status() {
        return status;
    }

    boolean setsCookie() {
        return setsCookie;
    }

    Map<String, String> pageHeaders() {
        return pageHeaders;
    }

    /** Whether the container, not the page, writes this answer (its error page). */
    boolean errorSent() {
        return errorSent;
    }

    byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }

    private void remember(String name, String value) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (CachePolicy.isPageHeader(lower)) {
            pageHeaders.put(name, value);
        } else if ("set-cookie".equals(lower)) {
            setsCookie = true;
        }
    }
}
