package org.association.web.dues;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.dues.boundary.StatementImportService;

/**
 * A bank statement to try the import with, made from the latest period's outstanding invoices:
 * /admin/dues/statement/sample, for dues staff only (the page offers it with the demo content).
 */
@WebServlet("/admin/dues/statement/sample")
public class SampleStatementServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementImportService statements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = statements.sampleStatement();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-statement-sample.csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
