package org.association.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.association.content.entity.Language;
import org.association.membership.entity.Member;
import org.association.portal.boundary.MemberSignIn;
import org.association.web.admin.Feedback;

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

    private boolean asked;

    public void requestLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String nonce = SignInBrowser.nonce((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        signIn.requestLink(email, nonce, Language.of(context.getViewRoot().getLocale()));
        asked = true;
        feedback.info("portal.linkSent", email, MemberSignIn.LINK_LIFETIME.toMinutes());
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
}
