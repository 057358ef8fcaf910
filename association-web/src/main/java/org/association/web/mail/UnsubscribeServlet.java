package org.association.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.association.mail.boundary.Unsubscribe;
import org.association.mail.boundary.UnsubscribeLinks;
import org.association.mail.control.MailText;

/**
 * The one-click unsubscribe link of a notice (RFC 8058). A POST of {@code List-Unsubscribe=One-Click}, as a mail client
 * sends it, unsubscribes; a GET (a person's click, or a link scanner's) only shows a button that posts it. Not a JSF page:
 * a mail client's post carries no view state, and no reader here gets a session. Every token gets the same answer.
 */
@WebServlet(UnsubscribeLinks.PATH)
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ONE_CLICK = "One-Click";

    @Inject
    private Unsubscribe unsubscribe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = String.valueOf(request.getParameter(UnsubscribeLinks.TOKEN));
        page(response, HttpServletResponse.SC_OK, "<p>如不再接收学会的通知，请点击下面的按钮。<br>"
                + "To receive no more notices of the association, press the button.</p>"
                + "<form method=\"post\" action=\"unsubscribe?" + UnsubscribeLinks.TOKEN + "="
                + MailText.html(URLEncoder.encode(token, StandardCharsets.UTF_8)) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"" + ONE_CLICK + "\">"
                + "<button type=\"submit\" id=\"unsubscribe\">退订 / Unsubscribe</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!ONE_CLICK.equals(request.getParameter("List-Unsubscribe"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        unsubscribe.unsubscribe(request.getParameter(UnsubscribeLinks.TOKEN));
        page(response, HttpServletResponse.SC_OK, "<p id=\"done\">您将不再收到学会的通知。<br>"
                + "You will receive no more notices of the association.</p>");
    }

    private static void page(HttpServletResponse response, int status, String content) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"UTF-8\"><title>退订 / Unsubscribe</title>"
                + "<meta name=\"robots\" content=\"noindex\"></head><body>" + content + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
