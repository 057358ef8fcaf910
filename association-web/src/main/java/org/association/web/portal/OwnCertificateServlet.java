package org.association.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.common.BusinessException;
import org.association.portal.boundary.MemberPortal;
import org.association.web.site.PdfFile;

/**
 * The signed-in member's own membership certificate: /member/certificate.pdf (the portal's constraint, members only).
 * It takes no parameter: whatever a request adds, the certificate is the caller's. None to draw (an applicant, no font)
 * is a 404.
 */
@WebServlet("/member/certificate.pdf")
public class OwnCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberPortal portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = portal.certificate();
        } catch (BusinessException none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        PdfFile.send(response, "membership-certificate.pdf", pdf);
    }
}
