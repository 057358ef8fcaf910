package org.association.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail server as the domain configures it: the Jakarta Mail resource {@value #RESOURCE}, which
 * config/domain-commands.sh makes only when ASSOCIATION_MAIL_HOST is set. Without it the outbox keeps every mail,
 * marked {@value #NOT_CONFIGURED}, and everything else works as before.
 */
@ApplicationScoped
public class MailServer {

    public static final String RESOURCE = "mail/association";
    public static final String NOT_CONFIGURED = "not sent: no mail server configured";

    @Inject
    @ConfigProperty(name = "association.mail.per-minute", defaultValue = "120")
    private int perMinute;

    @Inject
    @ConfigProperty(name = "association.site-url", defaultValue = "http://localhost:8080")
    private String siteUrl;

    /** How long a session found is used before it is looked up again (a lookup makes a new one, costly per mail). */
    private static final Duration KEPT = Duration.ofSeconds(10);

    private volatile Found found;

    private record Found(Session session, long until) {
    }

    /**
     * The configured session, looked up again after {@link #KEPT} and whenever it was missing: a resource added to or
     * changed in a running domain is used from then on.
     */
    public Optional<Session> session() {
        Found kept = found;
        if (kept != null && System.nanoTime() - kept.until() < 0) {
            return Optional.of(kept.session());
        }
        try {
            Session session = InitialContext.doLookup(RESOURCE);
            found = new Found(session, System.nanoTime() + KEPT.toNanos());
            return Optional.of(session);
        } catch (NamingException e) {
            found = null;
            return Optional.empty();
        }
    }

    public boolean isConfigured() {
        return session().isPresent();
    }

    /** How many mails all servers together send per minute at most (setting ASSOCIATION_MAIL_PER_MINUTE; 0: no limit). */
    public int perMinute() {
        return perMinute;
    }

    /** The site's public address without a trailing slash, for the links in mails. */
    public String siteUrl() {
        return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
