package org.association.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.association.content.entity.Language;
import org.association.membership.boundary.MembershipCertificates;
import org.association.membership.boundary.MembershipStanding;
import org.association.membership.control.MembershipLinks;
import org.association.web.site.Messages;
import org.association.web.site.Pages;
import org.association.web.site.PublicPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;
import org.association.web.site.SiteRequest;

/**
 * /certificates/membership/{code}: confirms a membership certificate — the member's name and number and whether the
 * membership is current today, nothing else of the record. A code the servers did not sign finds nothing (404). Never
 * kept (CachePolicy.keeps).
 */
@Named
@RequestScoped
public class MembershipCertificateBacking implements PublicPage {

    @Inject
    private SiteContext site;

    @Inject
    private SiteRequest request;

    @Inject
    private MembershipCertificates certificates;

    private String code;
    private MembershipStanding standing;

    @PostConstruct
    void open() {
        code = request.getAddress().articleSlug();
        standing = certificates.verify(code).orElse(null);
    }

    public void load() {
        Pages.keepPrivate();
        if (standing == null) {
            Pages.notFound();
        }
    }

    public MembershipStanding getStanding() {
        return standing;
    }

    @Override
    public String getTitle() {
        return Messages.text(site.getLocale(), "membershipCertificate.title");
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return MembershipLinks.verification(site.getLanguage(), code);
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(MembershipLinks.verification(Language.ZH, code));
    }

    /** The page alone: it belongs to no channel. */
    @Override
    public List<Crumb> getCrumbs() {
        return List.of(new Crumb(getTitle(), getCanonicalPath()));
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), null);
    }
}
