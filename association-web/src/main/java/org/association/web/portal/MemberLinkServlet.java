package org.association.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.portal.boundary.MemberSignIn;
import org.association.portal.boundary.SignInOutcome;
import org.association.web.account.SecurityLog;
import org.association.web.account.SiteAuthentication;
import org.association.web.site.ClientAddress;

/**
 * A sign-in link from a mail: signs the member in, in the browser that asked for it, and shows their page; any
 * other outcome goes back to the sign-in page, which says why.
 */
@WebServlet(MemberSignIn.LINK_PATH)
public class MemberLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberSignIn signIn;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        SignInOutcome outcome = signIn.open(request.getParameter("token"), SignInBrowser.of(request).orElse(null));
        String portal = request.getContextPath() + "/member/";
        if (outcome.result() != SignInOutcome.Result.SIGNED_IN) {
            securityLog.memberSignInRefused("link", outcome.result().name(), clientAddress.of(request));
            response.sendRedirect(portal + "sign-in.xhtml?link=" + (outcome.result() == SignInOutcome.Result.OTHER_BROWSER
                    ? "elsewhere" : "invalid"));
            return;
        }
        // a new session id before the session is trusted, so that an id fixed by someone else is worth nothing
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SiteAuthentication.signIn(request, response, outcome.caller());
        SignInBrowser.forget(request, response);
        securityLog.memberSignedIn(outcome.caller().name(), "link", clientAddress.of(request));
        response.sendRedirect(portal);
    }
}
