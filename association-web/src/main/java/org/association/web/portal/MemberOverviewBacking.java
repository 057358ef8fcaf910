package org.association.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.association.common.AssociationClock;
import org.association.content.entity.Language;
import org.association.portal.boundary.MemberOverview;
import org.association.portal.boundary.MemberPortal;

/**
 * The member's own page: their standing, certificate, dues, positions, meetings and credits, read in one call for
 * each request; the forms that change them are on pages of their own.
 */
@Named
@RequestScoped
public class MemberOverviewBacking {

    @Inject
    private MemberPortal portal;

    @Inject
    private AssociationClock clock;

    private MemberOverview overview;

    @PostConstruct
    void load() {
        overview = portal.overview();
    }

    public MemberOverview getOverview() {
        return overview;
    }

    /** Active, but paid up to a day gone by. */
    public boolean isLapsed() {
        return overview.member().isLapsed(clock.today());
    }

    /** The language this page is shown in, which names events in it. */
    public Language getPageLanguage() {
        return Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
