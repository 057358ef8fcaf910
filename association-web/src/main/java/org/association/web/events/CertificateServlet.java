package org.association.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.association.events.boundary.Certificates;
import org.association.web.site.PdfFile;
import org.association.web.site.SiteAddress;
import org.association.web.site.SiteRequest;

/**
 * A certificate's PDF at /certificates/{code}.pdf, reached only through the site filter (which read the code from the
 * address); any other code, or no font to draw with, is a 404. Never kept, never stored by a browser.
 */
@WebServlet("/certificate-files")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Certificates certificates;

    @Inject
    private SiteRequest siteRequest;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteAddress address = siteRequest.getAddress();
        Optional<byte[]> pdf = address == null || address.kind() != SiteAddress.Kind.CERTIFICATE_PDF ? Optional.empty()
                : certificates.pdf(address.articleSlug());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfFile.send(response, "certificate-" + address.articleSlug() + ".pdf", pdf.get());
    }
}
