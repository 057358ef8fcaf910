package org.association.web.account;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import org.association.portal.boundary.MemberSignIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts {@link SiteAuthentication} in front of the site when it starts, and takes it away when it stops. */
@WebListener
public class SiteAuthenticationRegistration implements ServletContextListener {

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private MemberSignIn memberSignIn;

    /** However active, a staff session ends this long after its login. */
    @Inject
    @ConfigProperty(name = "association.session-max-hours", defaultValue = "12")
    private int maxSessionHours;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SiteAuthentication module = new SiteAuthentication(identityStore, memberSignIn::mayEnter,
                Duration.ofHours(maxSessionHours));
        AuthConfigFactory.getFactory().registerServerAuthModule(module, event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
