package org.association.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.content.entity.Language;
import org.association.web.site.LanguageChoice;
import org.association.web.site.SiteLinks;

/**
 * Every request of the back office and of the member portal (after the container let it in): a switch of language (?hl=en)
 * is remembered in the same cookie the public site uses and the same address is asked for again
 * without it. Nothing here is cached by a browser or a proxy.
 * (That a user who must change their password goes nowhere else first is SiteAuthentication's check.)
 */
public class AdminFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        // a form post is left unread here: reading it would take in an upload before its size is checked
        Language switched = "GET".equals(request.getMethod()) ? LanguageChoice.switched(request) : null;
        if (switched != null) {
            LanguageChoice.remember(request, response, switched);
            response.sendRedirect(request.getRequestURI() + SiteLinks.withoutLanguageSwitch(request.getQueryString()));
            return;
        }
        chain.doFilter(request, response);
    }
}
