package org.association.web.dues;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.common.AssociationClock;
import org.association.dues.boundary.DuesService;
import org.association.web.admin.ExportFile;
import org.association.web.site.LanguageChoice;

/** The dues report as a file: /admin/dues/report/export?format=csv|xlsx, for dues staff only. */
@WebServlet("/admin/dues/report/export")
public class DuesReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DuesService dues;

    @Inject
    private AssociationClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        ExportFile.begin(response, "dues-" + clock.today(), xlsx);
        dues.exportReport(xlsx, LanguageChoice.of(request).locale(), response.getOutputStream());
    }
}
