package org.association.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.boundary.PublishedArticles;
import org.association.content.boundary.SitemapEntry;
import org.association.content.entity.Language;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;

/**
 * The sitemap for search engines: /sitemap.xml is an index of /sitemap/pages.xml (home and channels
 * in both languages) and /sitemap/articles-N.xml, 10,000 published articles each, so it stays within
 * the protocol's limits at any size.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemap/*"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int PER_FILE = 10_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern ARTICLES = Pattern.compile("/articles-([1-9][0-9]{0,5})\\.xml");

    @Inject
    private PublishedArticles articles;

    @Inject
    private ChannelTree channels;

    @Inject
    private SiteContext site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo();
        response.setContentType("application/xml;charset=UTF-8");
        try {
            if ("/sitemap.xml".equals(request.getServletPath())) {
                index(response);
            } else if ("/pages.xml".equals(file)) {
                pages(response);
            } else {
                Matcher matcher = ARTICLES.matcher(String.valueOf(file));
                int number = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
                if (number < 1 || number > files()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                articles(response, number);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the sitemap", e);
        }
    }

    private void index(HttpServletResponse response) throws IOException, XMLStreamException {
        XMLStreamWriter xml = start(response, "sitemapindex");
        element(xml, "sitemap", site.absolute("/sitemap/pages.xml"), null);
        for (int number = 1; number <= files(); number++) {
            element(xml, "sitemap", site.absolute("/sitemap/articles-" + number + ".xml"), null);
        }
        end(xml);
    }

    private void pages(HttpServletResponse response) throws IOException, XMLStreamException {
        XMLStreamWriter xml = start(response, "urlset");
        for (Language language : Language.values()) {
            element(xml, "url", site.absolute(SiteLinks.home(language)), null);
            for (ChannelNode channel : channels.current().bySlug().values()) {
                element(xml, "url", site.absolute(SiteLinks.channel(language, channel.slug(), 1)), null);
            }
        }
        end(xml);
    }

    private void articles(HttpServletResponse response, int number) throws IOException, XMLStreamException {
        XMLStreamWriter xml = start(response, "urlset");
        for (SitemapEntry entry : articles.sitemapSlice((number - 1) * PER_FILE, PER_FILE)) {
            element(xml, "url", site.absolute(SiteLinks.article(entry.language(), entry.channelSlug(), entry.publishedAt(), entry.slug())),
                    site.day(entry.updatedAt() == null ? entry.publishedAt() : entry.updatedAt()));
        }
        end(xml);
    }

    private int files() {
        return (int) Math.max(1, (articles.countPublished() + PER_FILE - 1) / PER_FILE);
    }

    private static XMLStreamWriter start(HttpServletResponse response, String root) throws IOException, XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        return xml;
    }

    private static void element(XMLStreamWriter xml, String name, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }
}
