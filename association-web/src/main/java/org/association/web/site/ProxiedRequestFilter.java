package org.association.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * A request that the trusted reverse proxy passed on ({@link ClientAddress}) reads, for everything after this
 * filter, as the client made it: its address, and HTTPS when the proxy says so, so that the security headers add
 * HSTS. The container writes the session cookie from what it saw itself (plain HTTP from the proxy), so behind
 * an HTTPS proxy this filter adds Secure to that cookie before the answer's headers go out.
 */
public class ProxiedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!clientAddress.fromProxy(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean https = clientAddress.isHttps(request);
        String cookieName = request.getServletContext().getSessionCookieConfig().getName();
        SecureSessionCookie secured = https ? new SecureSessionCookie(response, cookieName) : null;
        ProxiedRequest proxied = new ProxiedRequest(request, clientAddress.of(request), https, secured);
        chain.doFilter(proxied, secured == null ? response : secured);
        if (secured != null) {
            secured.secure();
        }
    }

    private static final class ProxiedRequest extends HttpServletRequestWrapper {

        private final String client;
        private final boolean https;
        private final SecureSessionCookie secured;

        ProxiedRequest(HttpServletRequest request, String client, boolean https, SecureSessionCookie secured) {
            super(request);
            this.client = client;
            this.https = https;
            this.secured = secured;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public String getScheme() {
            return https ? "https" : super.getScheme();
        }

        // the container sets the session cookie when a session is made or given a new id: Secure it right then
        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (secured != null) {
                secured.secure();
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            if (secured != null) {
                secured.secure();
            }
            return id;
        }
    }

    /** Adds Secure to the session cookie among the answer's Set-Cookie headers, each time before they can go out. */
    private static final class SecureSessionCookie extends HttpServletResponseWrapper {

        private final String prefix;

        SecureSessionCookie(HttpServletResponse response, String cookieName) {
            super(response);
            this.prefix = (cookieName == null ? "JSESSIONID" : cookieName) + "=";
        }

        void secure() {
            if (isCommitted()) {
                return;
            }
            List<String> cookies = List.copyOf(getHeaders("Set-Cookie"));
            if (cookies.stream().noneMatch(this::needsSecure)) {
                return;
            }
            for (int i = 0; i < cookies.size(); i++) {
                String cookie = needsSecure(cookies.get(i)) ? cookies.get(i) + "; Secure" : cookies.get(i);
                if (i == 0) {
                    setHeader("Set-Cookie", cookie);
                } else {
                    addHeader("Set-Cookie", cookie);
                }
            }
        }

        private boolean needsSecure(String cookie) {
            return cookie.startsWith(prefix) && !cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?");
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            secure();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status) throws IOException {
            secure();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            secure();
            super.sendError(status, message);
        }

        @Override
        public void flushBuffer() throws IOException {
            secure();
            super.flushBuffer();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            secure();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            secure();
            return super.getWriter();
        }
    }
}
