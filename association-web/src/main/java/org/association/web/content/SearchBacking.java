package org.association.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.association.common.Page;
import org.association.content.boundary.SearchService;
import org.association.content.control.search.SearchHit;
import org.association.content.control.search.SearchResults;
import org.association.content.control.search.Snippet;
import org.association.content.entity.Language;
import org.association.web.site.Messages;
import org.association.web.site.Pages;
import org.association.web.site.PublicPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;
import org.association.web.site.SiteRequest;

/** The search page: /search?q=...&amp;page=..., ranked hits with their matches marked, 10 a page. */
@Named
@RequestScoped
public class SearchBacking implements PublicPage {

    static final int PAGE_SIZE = 10;

    @Inject
    private SearchService search;

    @Inject
    private SiteContext site;

    @Inject
    private SiteRequest request;

    private String query;
    private SearchResults results;
    private List<FoundArticle> found = List.of();
    private Page<FoundArticle> page;

    public void load() {
        query = Pages.request().getParameter("q");
        int number = request.getPageNumber();
        if (number < 1) {
            Pages.notFound();
            return;
        }
        results = search.search(query, number, PAGE_SIZE);
        found = results.hits().stream().map(this::found).toList();
        page = new Page<>(found, results.total(), results.page(), PAGE_SIZE);
    }

    private FoundArticle found(SearchHit hit) {
        return new FoundArticle(SiteLinks.article(site.getLanguage(), hit.channelSlug(), hit.publishedAt(), hit.slug()),
                SiteContext.tag(hit.language()), site.day(hit.publishedAt()), hit.title(), hit.snippet());
    }

    public String getQuery() {
        return query;
    }

    public boolean isAsked() {
        return query != null && !query.isBlank();
    }

    public SearchResults getResults() {
        return results;
    }

    /** The hits of this page, as shown. */
    public List<FoundArticle> getFound() {
        return found;
    }

    public String pageLink(int number) {
        return SiteLinks.search(site.getLanguage(), query, number);
    }

    /** The page of hits as the pager reads it (includes/pager.xhtml). */
    public Page<FoundArticle> getPage() {
        return page;
    }

    public List<Integer> getPageLinks() {
        return PageLinks.around(page.number(), page.pageCount());
    }

    @Override
    public String getTitle() {
        return Messages.text(site.getLocale(), "search.title") + (isAsked() ? ": " + query : "");
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return SiteLinks.search(site.getLanguage(), query, results == null ? 1 : results.page());
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(SiteLinks.search(Language.ZH, query, results == null ? 1 : results.page()));
    }

    @Override
    public List<Crumb> getCrumbs() {
        return List.of(new Crumb(Messages.text(site.getLocale(), "search.title"), site.getSearchPath()));
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), null);
    }

    /**
     * A hit as the page shows it, read through properties: an expression that calls a method with arguments looks the
     * method up by reflection every time, and the list reads several per hit.
     */
    public static final class FoundArticle {

        private final String link;
        private final String languageTag;
        private final String day;
        private final Snippet title;
        private final Snippet snippet;

        FoundArticle(String link, String languageTag, String day, Snippet title, Snippet snippet) {
            this.link = link;
            this.languageTag = languageTag;
            this.day = day;
            this.title = title;
            this.snippet = snippet;
        }

        public String getLink() {
            return link;
        }

        public String getLanguageTag() {
            return languageTag;
        }

        public String getDay() {
            return day;
        }

        public Snippet getTitle() {
            return title;
        }

        public Snippet getSnippet() {
            return snippet;
        }
    }
}
