package org.association.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import org.association.common.BusinessException;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.web.admin.Feedback;
import org.association.web.site.ChannelPage;
import org.association.web.site.ClientAddress;
import org.association.web.site.Pages;
import org.association.web.site.SiteLinks;

/**
 * The membership application form, for a physician (/join) or an institution (/join?kind=institution).
 * The view is stateless like every public page; the applicant is stored for staff to review, and
 * the reader goes on to a confirmation page.
 */
@Named
@RequestScoped
public class ApplicationBacking extends ChannelPage {

    private static final Logger LOG = Logger.getLogger(ApplicationBacking.class.getName());

    static final String FORM = "application";

    @Inject
    private MemberService members;

    @Inject
    private Feedback feedback;

    /** The reverse proxy in front of the site, whose X-Forwarded-For is believed (ASSOCIATION_TRUSTED_PROXY). */
    @Inject
    private ClientAddress clientAddress;

    private Member applicant;
    private boolean consent;
    /** The honeypot: invisible to people, irresistible to form-filling robots. */
    private String homepage;

    @PostConstruct
    void create() {
        MemberKind kind = "institution".equals(Pages.request().getParameter("kind")) ? MemberKind.INSTITUTION
                : MemberKind.INDIVIDUAL;
        applicant = new Member(kind, null);
    }

    public void submit() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = Pages.request();
        String address = clientAddress.of(request);
        if (homepage != null && !homepage.isBlank()) {
            LOG.info(() -> "Application form: honeypot filled from " + address + "; nothing stored");
            context.getExternalContext().redirect(SiteLinks.thanks(site.getLanguage(), channel.slug()));
            return;
        }
        if (!consent) {
            feedback.fieldError(FORM + ":consent", "application.consent.required");
            return;
        }
        try {
            members.apply(applicant, address, site.getLanguage());
            context.getExternalContext().redirect(SiteLinks.thanks(site.getLanguage(), channel.slug()));
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
        }
    }

    public Member getApplicant() {
        return applicant;
    }

    public boolean isInstitution() {
        return applicant.getKind() == MemberKind.INSTITUTION;
    }

    public String kindLink(boolean institution) {
        return SiteLinks.channel(site.getLanguage(), channel.slug(), 1) + (institution ? "?kind=institution" : "");
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }
}
