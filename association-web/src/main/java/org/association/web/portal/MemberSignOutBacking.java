package org.association.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.association.portal.boundary.MemberPortal;
import org.association.web.account.SecurityLog;

/** The sign-out button of every member-portal page. */
@Named
@RequestScoped
public class MemberSignOutBacking {

    @Inject
    private MemberPortal portal;

    @Inject
    private SecurityLog securityLog;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityLog.loggedOut(portal.caller().name(), request.getRemoteAddr());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/member/sign-in.xhtml?signedOut=true");
    }
}
