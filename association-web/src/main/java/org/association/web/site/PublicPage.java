package org.association.web.site;

import java.util.List;
import java.util.Map;
import org.association.content.entity.Language;

/**
 * What the public template asks of the page it frames: its title and description, its address and
 * the addresses of its other-language versions, its breadcrumb and its feed.
 */
public interface PublicPage {

    /** A link in the breadcrumb; the last one is the page itself. */
    record Crumb(String label, String path) {
    }

    String getTitle();

    String getDescription();

    /** The page's own address (a path; the template makes it absolute). */
    String getCanonicalPath();

    /** This page in each language it exists in, by language. */
    Map<Language, String> getAlternates();

    /** From the home page down to this one; empty on the home page. */
    List<Crumb> getCrumbs();

    /** The Atom feed that fits the page: the whole site's, or a channel's. */
    String getFeedPath();
}
