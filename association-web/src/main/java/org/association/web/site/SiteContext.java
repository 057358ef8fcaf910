package org.association.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.content.boundary.ArticleSummary;
import org.association.content.boundary.ChannelNode;
import org.association.content.entity.Attachment;
import org.association.content.entity.Language;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The reader's language and the site's addresses, for the public pages and their template:
 * everything a page needs to write a link in the right language.
 */
@Named("site")
@RequestScoped
public class SiteContext {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    private HttpServletRequest request;

    @Inject
    private SiteUrl siteUrl;

    @Inject
    private SiteRequest site;

    public Language getLanguage() {
        return site.isPublicPage() ? site.getLanguage() : LanguageChoice.of(request);
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public boolean isEnglish() {
        return getLanguage() == Language.EN;
    }

    /** The BCP 47 tag of the page's language, for lang and hreflang attributes. */
    public String getLanguageTag() {
        return tag(getLanguage());
    }

    public static String tag(Language language) {
        return language == Language.ZH ? "zh-CN" : "en";
    }

    public String getHome() {
        return SiteLinks.home(getLanguage());
    }

    public String getSearchPath() {
        return SiteLinks.prefix(getLanguage()) + "/" + SiteLinks.SEARCH;
    }

    /** This page in the other language, through the switch that remembers the choice. */
    public String getOtherLanguageLink() {
        Language other = isEnglish() ? Language.ZH : Language.EN;
        String path = site.isPublicPage() ? site.getAddress().path() : "/";
        // only what the page reads: a kept page must not carry what one reader appended to the address
        String query = site.getQuery().isEmpty() ? "" : "&" + site.getQuery();
        return SiteLinks.inLanguage(other, path) + "?" + SiteLinks.LANGUAGE_SWITCH + "=" + other.code() + query;
    }

    public String channelLink(ChannelNode channel) {
        return SiteLinks.channel(getLanguage(), channel.slug(), 1);
    }

    public String channelName(ChannelNode channel) {
        return channel.name(getLanguage());
    }

    public String articleLink(ArticleSummary article) {
        return SiteLinks.article(getLanguage(), article.channelSlug(), article.publishedAt(), article.slug());
    }

    public String fileLink(Attachment attachment) {
        return SiteLinks.file(attachment.getId(), attachment.getFileName());
    }

    public String thumbnailLink(Attachment attachment) {
        return SiteLinks.thumbnail(attachment.getId());
    }

    public String displayLink(Attachment attachment) {
        return SiteLinks.display(attachment.getId());
    }

    /** A file size as people read it: 12 KB, 3.4 MB. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public String day(LocalDateTime at) {
        return at == null ? "" : DAY.format(at);
    }

    /** An absolute address for links that leave the page: canonical, hreflang, feeds. */
    public String absolute(String path) {
        return siteUrl.absolute(path);
    }

    public List<Map.Entry<String, String>> alternates(PublicPage page) {
        return page.getAlternates().entrySet().stream()
                .map(entry -> Map.entry(tag(entry.getKey()), absolute(entry.getValue()))).toList();
    }

    /** The breadcrumb as PrimeFaces draws it, home first. */
    public MenuModel breadcrumb(PublicPage page) {
        DefaultMenuModel model = new DefaultMenuModel();
        model.getElements().add(DefaultMenuItem.builder().value(Messages.text(getLocale(), "nav.home")).url(getHome()).build());
        for (PublicPage.Crumb crumb : page.getCrumbs()) {
            model.getElements().add(DefaultMenuItem.builder().value(crumb.label()).url(crumb.path()).build());
        }
        return model;
    }
}
