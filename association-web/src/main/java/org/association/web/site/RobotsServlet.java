package org.association.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * /robots.txt: crawlers are welcome on the public pages and pointed to the sitemap; the back office, sign-in and
 * search answers (endless by their nature) are not theirs to walk.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteUrl siteUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        String robots = "User-agent: *\n"
                + "Disallow: /admin\n"
                + "Disallow: /account/\n"
                + "Disallow: /" + SiteLinks.SEARCH + "\n"
                + "Disallow: " + SiteLinks.ENGLISH_PREFIX + "/" + SiteLinks.SEARCH + "\n"
                + "\n"
                + "Sitemap: " + siteUrl.absolute("/sitemap.xml") + "\n";
        byte[] body = robots.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
