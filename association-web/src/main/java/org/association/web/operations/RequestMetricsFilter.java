package org.association.web.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts the site's requests and its server errors (answers of 500 and above, or an exception that
 * escaped) among the application's metrics. The monitoring endpoints themselves are not counted: a
 * scraper would otherwise count its own visits.
 */
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private MetricRegistry metrics;

    private transient Counter requests;
    private transient Counter serverErrors;

    @Override
    public void init() {
        requests = metrics.counter(Metadata.builder().withName("association.requests")
                .withDescription("HTTP requests to the site and the back office").build());
        serverErrors = metrics.counter(Metadata.builder().withName("association.server.errors")
                .withDescription("Requests answered with a server error (5xx)").build());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            chain.doFilter(request, response);
            return;
        }
        requests.inc();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = response.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        } finally {
            if (failed) {
                serverErrors.inc();
            }
        }
    }
}
