package org.association.web.account;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Puts {@link StaffAuthentication} in front of the site when it starts, and takes it away when it stops. */
@WebListener
public class StaffAuthenticationRegistration implements ServletContextListener {

    @Inject
    private AccountIdentityStore identityStore;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new StaffAuthentication(identityStore), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
