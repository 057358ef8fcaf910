package org.association.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.association.web.content.AttachmentServlet;

/** The headers of a staff export's answer: a CSV or XLSX file to save, never kept by a cache. */
public final class ExportFile {

    private ExportFile() {
    }

    /** Starts the answer as a download named {@code baseName} plus the format's extension. */
    public static void begin(HttpServletResponse response, String baseName, boolean xlsx) {
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", AttachmentServlet.contentDisposition("attachment",
                baseName + (xlsx ? ".xlsx" : ".csv")));
        response.setHeader("Cache-Control", "no-store");
    }
}
