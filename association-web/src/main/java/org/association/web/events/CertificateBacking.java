package org.association.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.association.content.entity.Language;
import org.association.events.boundary.Certificates;
import org.association.events.control.EventLinks;
import org.association.events.entity.Registration;
import org.association.web.site.Messages;
import org.association.web.site.Pages;

/**
 * /certificates/{code}: confirms a CME certificate — the name, the event, its date and the credits, nothing else of
 * the registration. Any other code finds nothing (404). Never kept (CachePolicy.keeps).
 */
@Named
@RequestScoped
public class CertificateBacking extends EventPage {

    @Inject
    private Certificates certificates;

    private Registration registration;

    @PostConstruct
    void open() {
        registration = certificates.byCode(request.getAddress().articleSlug()).orElse(null);
    }

    public void load() {
        Pages.keepPrivate();
        if (registration == null) {
            Pages.notFound();
        }
    }

    public Registration getRegistration() {
        return registration;
    }

    /** The credits in a phrase: "I 类学分 3.0 分" or "Category I, 3.0 credits". */
    public String getCredits() {
        return Messages.text(site.getLocale(), "certificate.credits." + registration.getCmeCategory(),
                registration.getCmePoints().toPlainString());
    }

    public String getPdfLink() {
        return EventLinks.certificatePdf(language(), registration.getCertificateCode());
    }

    @Override
    public String getTitle() {
        return Messages.text(site.getLocale(), "certificate.title");
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return EventLinks.certificate(language(), registration.getCertificateCode());
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Pages.bothLanguages(EventLinks.certificate(Language.ZH, registration.getCertificateCode()));
    }

    @Override
    public List<Crumb> getCrumbs() {
        return List.of(new Crumb(Messages.text(site.getLocale(), "events.title"), EventLinks.upcoming(language())));
    }
}
