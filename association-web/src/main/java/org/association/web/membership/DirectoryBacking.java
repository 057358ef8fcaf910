package org.association.web.membership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.association.common.Page;
import org.association.membership.boundary.DirectoryEntry;
import org.association.membership.boundary.MemberService;
import org.association.web.content.PageLinks;
import org.association.web.site.ChannelPage;
import org.association.web.site.Pages;
import org.association.web.site.SiteLinks;

/** The public directory of member institutions that agreed to be listed: public fields only. */
@Named
@RequestScoped
public class DirectoryBacking extends ChannelPage {

    static final int PAGE_SIZE = 50;

    @Inject
    private MemberService members;

    private Page<DirectoryEntry> page;

    public void load() {
        int number = request.getPageNumber();
        page = number < 1 ? null : members.directory(number, PAGE_SIZE);
        if (page == null || number > page.pageCount()) {
            Pages.notFound();
        }
    }

    public Page<DirectoryEntry> getPage() {
        return page;
    }

    public List<Integer> getPageLinks() {
        return PageLinks.around(page.number(), page.pageCount());
    }

    public String pageLink(int number) {
        return SiteLinks.channel(site.getLanguage(), channel.slug(), number);
    }

    public String name(DirectoryEntry entry) {
        return site.isEnglish() && entry.nameEn() != null ? entry.nameEn() : entry.name();
    }
}
