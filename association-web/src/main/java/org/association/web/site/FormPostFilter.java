package org.association.web.site;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.association.mail.boundary.UnsubscribeLinks;

/**
 * Refuses the form posts that no page of the site sends, before anything reads them: one larger than
 * the uploads the site takes (413, the body left unread) and one without its view state (400), which
 * JSF would otherwise answer with the empty form again as if nothing had been sent. A browser never
 * sends either (the upload widget checks sizes before it sends); a forged or broken request gets a
 * clear answer instead of an exception in the server log.
 */
public class FormPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The limits of the Faces Servlet's multipart-config (web.xml), given to the filter as init-params. */
    private long maxRequestBytes;
    private long maxFileBytes;

    @Override
    public void init() {
        maxRequestBytes = Long.parseLong(getInitParameter("max-request-bytes"));
        maxFileBytes = Long.parseLong(getInitParameter("max-file-bytes"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the REST resources (api/), the one-click unsubscribe and payment providers' callbacks (payments/) take posts
        // that are not forms and answer for themselves
        if (!"POST".equals(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/payments/")
                || request.getRequestURI().equals(request.getContextPath() + UnsubscribeLinks.PATH)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            tooLarge(response);
            return;
        }
        String viewState;
        try {
            viewState = request.getParameter(ResponseStateManager.VIEW_STATE_PARAM);
        } catch (RuntimeException e) {
            // the container refused a file (or a request sent without a length) over the limits while reading the parts
            if (!String.valueOf(request.getContentType()).startsWith("multipart/")) {
                throw e;
            }
            tooLarge(response);
            return;
        }
        if (viewState == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        long fileMb = maxFileBytes / (1024 * 1024);
        long requestMb = maxRequestBytes / (1024 * 1024);
        response.getOutputStream().write(("The upload is too large: at most " + fileMb + " MB a file and " + requestMb
                + " MB in all.\n"
                + "上传内容过大：每个文件最多 " + fileMb + " MB，总共最多 " + requestMb + " MB。\n").getBytes(StandardCharsets.UTF_8));
    }
}
