package org.association.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test module's own authentication mechanism: it lets every request through as anonymous. Once one web
 * module of an application has a mechanism (the site's StaffAuthentication), Soteria puts its authentication
 * module in front of every web module, and each looks the mechanism up among its own beans; without one here,
 * every request to the test module would fail.
 */
@ApplicationScoped
public class TestModuleAuthentication implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return context.doNothing();
    }
}
