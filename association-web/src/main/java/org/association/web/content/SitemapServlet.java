package org.association.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.association.web.site.Pages;
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
    /** Google's extension for a page's other languages: xhtml:link rel="alternate" hreflang. */
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
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
        element(xml, "sitemap", site.absolute("/sitemap/pages.xml"), null, Map.of());
        for (int number = 1; number <= files(); number++) {
            element(xml, "sitemap", site.absolute("/sitemap/articles-" + number + ".xml"), null, Map.of());
        }
        end(xml);
    }

    private void pages(HttpServletResponse response) throws IOException, XMLStreamException {
        XMLStreamWriter xml = start(response, "urlset");
        for (Language language : Language.values()) {
            url(xml, SiteLinks.home(language), null, Pages.bothLanguages(SiteLinks.home(Language.ZH)));
            for (ChannelNode channel : channels.current().bySlug().values()) {
                url(xml, SiteLinks.channel(language, channel.slug(), 1), null,
                        Pages.bothLanguages(SiteLinks.channel(Language.ZH, channel.slug(), 1)));
            }
        }
        end(xml);
    }

    private void articles(HttpServletResponse response, int number) throws IOException, XMLStreamException {
        XMLStreamWriter xml = start(response, "urlset");
        for (SitemapEntry entry : articles.sitemapSlice((number - 1) * PER_FILE, PER_FILE)) {
            String own = SiteLinks.article(entry.language(), entry.channelSlug(), entry.publishedAt(), entry.slug());
            Map<Language, String> alternates = new EnumMap<>(Language.class);
            if (entry.hasTranslation()) {
                alternates.put(entry.language(), own);
                alternates.put(entry.language() == Language.ZH ? Language.EN : Language.ZH, SiteLinks.article(
                        entry.language() == Language.ZH ? Language.EN : Language.ZH, entry.translationChannelSlug(),
                        entry.translationPublishedAt(), entry.translationSlug()));
            }
            url(xml, own, site.day(entry.updatedAt() == null ? entry.publishedAt() : entry.updatedAt()), alternates);
        }
        end(xml);
    }

    /** A url element with its alternates in each language, and the Chinese one as the default for everyone else. */
    private void url(XMLStreamWriter xml, String path, String lastModified, Map<Language, String> alternates)
            throws XMLStreamException {
        Map<String, String> links = new LinkedHashMap<>();
        alternates.forEach((language, alternate) -> links.put(SiteContext.tag(language), site.absolute(alternate)));
        if (alternates.containsKey(Language.ZH)) {
            links.put("x-default", site.absolute(alternates.get(Language.ZH)));
        }
        element(xml, "url", site.absolute(path), lastModified, links);
    }

    private int files() {
        return (int) Math.max(1, (articles.countPublished() + PER_FILE - 1) / PER_FILE);
    }

    private static XMLStreamWriter start(HttpServletResponse response, String root) throws IOException, XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        if (root.equals("urlset")) {
            xml.writeNamespace("xhtml", XHTML);
        }
        return xml;
    }

    private static void element(XMLStreamWriter xml, String name, String location, String lastModified,
            Map<String, String> alternates) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified);
            xml.writeEndElement();
        }
        for (Map.Entry<String, String> alternate : alternates.entrySet()) {
            xml.writeEmptyElement("xhtml", "link", XHTML);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.getKey());
            xml.writeAttribute("href", alternate.getValue());
        }
        xml.writeEndElement();
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }
}
