package org.association.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.association.web.site.Messages;

/**
 * The login form. A refusal reads the same whatever its cause (unknown user, wrong password, locked
 * or disabled account), so the page tells an attacker nothing; the server log tells staff which.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private ActiveUser activeUser;

    @NotBlank
    @Size(max = 50)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void login() throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // a new session id before the session is trusted, so that an id fixed by someone else is worth nothing
        request.changeSessionId();
        boolean signedIn = SiteAuthentication.signIn(request, response, new UsernamePasswordCredential(username, password));
        password = null;
        if (!signedIn) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(context.getViewRoot().getLocale(), "login.failed"), null));
            return;
        }
        activeUser.signedIn(request.getUserPrincipal().getName());
        String requested = SiteAuthentication.takeRequested(request).orElse(external.getRequestContextPath() + "/admin/");
        external.redirect(activeUser.isMustChangePassword() ? external.getRequestContextPath() + "/admin/password.xhtml"
                : requested);
        context.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
