package org.association.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out: a POST from the admin pages (a GET never changes anything), which ends the session. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private ActiveUser activeUser;

    @Inject
    private SecurityLog securityLog;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityLog.loggedOut(activeUser.getUsername(), request.getRemoteAddr());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/account/login.xhtml?signedOut=true");
    }
}
