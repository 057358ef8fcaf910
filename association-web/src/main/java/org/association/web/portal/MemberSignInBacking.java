package org.association.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import org.association.account.control.PasswordPolicy;
import org.association.content.entity.Language;
import org.association.membership.entity.Member;
import org.association.portal.boundary.MemberSignIn;
import org.association.common.PortalCaller;
import org.association.web.account.SecurityLog;
import org.association.web.account.SiteAuthentication;
import org.association.web.admin.Feedback;
import org.association.web.site.ClientAddress;

/**
 * Asking for a sign-in link. The answer is the same whether the address is a member's or not, and whether a limit
 * was reached: the mail says which, to whoever reads that address.
 */
@Named
@RequestScoped
public class MemberSignInBacking {

    @Inject
    private MemberSignIn signIn;

    @Inject
    private Feedback feedback;

    @NotBlank
    @Email
    @Size(max = Member.EMAIL_MAX)
    private String email;

    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String password;

    private boolean asked;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ClientAddress clientAddress;

    public void requestLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String nonce = SignInBrowser.nonce((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse());
        signIn.requestLink(email, nonce, Language.of(context.getViewRoot().getLocale()));
        asked = true;
        feedback.info("portal.linkSent", email, MemberSignIn.LINK_LIFETIME.toMinutes());
    }

    /** Signs in with the password the member set; a refusal reads the same whatever its cause. */
    public void signInWithPassword() throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String client = clientAddress.of(request);
        Optional<PortalCaller> member = signIn.signInWithPassword(email, password, client);
        password = null;
        if (member.isEmpty()) {
            securityLog.memberSignInRefused("password", "REFUSED", client);
            feedback.error("portal.passwordRefused");
            return;
        }
        // a new session id before the session is trusted, so that an id fixed by someone else is worth nothing
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SiteAuthentication.signIn(request, (HttpServletResponse) external.getResponse(), member.get());
        securityLog.memberSignedIn(member.get().name(), "password", client);
        external.redirect(external.getRequestContextPath() + "/member/");
        context.responseComplete();
    }

    public boolean isAsked() {
        return asked;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
