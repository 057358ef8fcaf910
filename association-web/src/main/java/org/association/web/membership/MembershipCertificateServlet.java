package org.association.web.membership;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.common.BusinessException;
import org.association.membership.boundary.MembershipCertificates;
import org.association.web.site.PdfFile;

/**
 * A member's membership certificate for staff: /admin/members/certificate?id= (the container's constraint on
 * /admin/members/*, and the service's own check). A member without a number, or no font to draw with, is a 404.
 */
@WebServlet("/admin/members/certificate")
public class MembershipCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MembershipCertificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = certificates.certificateOf(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        PdfFile.send(response, "membership-certificate.pdf", pdf);
    }
}
