package org.association.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's public address (setting {@code association.site-url}, from ASSOCIATION_SITE_URL), the only source
 * of absolute links: canonical and hreflang links, feeds, the sitemap, the API's urls. A request's Host header
 * never reaches a page, so a forged one cannot end up in what the page cache keeps for every reader.
 */
@ApplicationScoped
public class SiteUrl {

    private static final Logger LOG = Logger.getLogger(SiteUrl.class.getName());

    @Inject
    @ConfigProperty(name = "association.site-url", defaultValue = "http://localhost:8080")
    String configured;

    private String base;
    private String authority;

    @PostConstruct
    void parse() {
        Parsed parsed = parse(configured);
        base = parsed.base();
        authority = parsed.authority();
        LOG.info(() -> "The site's public address is " + base);
    }

    /** Made with the application, so that a wrong setting fails the deployment, not every page. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing to do: observing the event is what creates this bean
    }

    /** The path (starting with "/") made absolute on the site's address. */
    public String absolute(String path) {
        return base + path;
    }

    /** Whether a request's Host header names the site's own address, the one readers are sent to. */
    public boolean isSiteHost(String hostHeader) {
        return hostHeader != null && hostHeader.toLowerCase(Locale.ROOT).equals(authority);
    }

    /** The base without a trailing slash, and the host[:port] a browser sends for it (no port when it is the scheme's). */
    record Parsed(String base, String authority) {
    }

    static Parsed parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("association.site-url is not an address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("association.site-url must be http(s)://host[:port][/path], not " + url);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String authority = defaultPort ? host : host + ":" + port;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Parsed(scheme + "://" + authority + path, authority);
    }
}
