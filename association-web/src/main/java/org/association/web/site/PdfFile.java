package org.association.web.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A drawn PDF (a certificate) as the response: shown in the browser, under a file name for saving it. */
public final class PdfFile {

    private PdfFile() {
    }

    public static void send(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setCharacterEncoding((String) null); // bytes, not text: no charset
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
