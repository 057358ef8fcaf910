package org.association.web.events;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /admin/events/{id}/check-in, the desk's address to bookmark on a phone, leads to the check-in page of that event
 * (the admin pages take their record as ?id=). Behind the same security constraint as every events page.
 */
@WebFilter("/admin/events/*")
public class CheckInAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern DESK = Pattern.compile("/admin/events/(\\d{1,18})/check-in/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher desk = DESK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (desk.matches()) {
            response.sendRedirect(request.getContextPath() + "/admin/events/check-in.xhtml?id=" + desk.group(1));
            return;
        }
        chain.doFilter(request, response);
    }
}
