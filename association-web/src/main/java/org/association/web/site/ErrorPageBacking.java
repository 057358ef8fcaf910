package org.association.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.association.content.entity.Language;
import org.association.web.account.SecurityLog;

/**
 * The error pages: what went wrong in the reader's words, never how. A refused page (403) is told
 * and answered as a missing one (404), so that an address does not reveal what exists behind it.
 */
@Named
@RequestScoped
public class ErrorPageBacking implements PublicPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private SiteContext site;

    @Inject
    private SecurityLog securityLog;

    /** Worked out once per request: the page asks for it several times, and a refusal is logged once. */
    private Integer status;

    public int getStatus() {
        if (status == null) {
            status = answeredStatus();
        }
        return status;
    }

    private int answeredStatus() {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int answered = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (answered == HttpServletResponse.SC_FORBIDDEN) {
            securityLog.accessRefused(request.getRemoteUser(),
                    String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)), request.getRemoteAddr());
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return answered;
    }

    private String key() {
        return switch (getStatus()) {
            case 400, 405 -> "badRequest";
            case 404 -> "notFound";
            default -> "server";
        };
    }

    @Override
    public String getTitle() {
        return Messages.text(site.getLocale(), "error." + key() + ".title");
    }

    public String getText() {
        return Messages.text(site.getLocale(), "error." + key() + ".text");
    }

    /** Where to try again after an expired form: the page it was on. */
    public String getRetryLink() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : site.getHome();
    }

    @Override
    public String getDescription() {
        return getTitle();
    }

    @Override
    public String getCanonicalPath() {
        return site.getHome();
    }

    @Override
    public Map<Language, String> getAlternates() {
        return Map.of();
    }

    @Override
    public List<Crumb> getCrumbs() {
        return List.of();
    }

    @Override
    public String getFeedPath() {
        return SiteLinks.feed(site.getLanguage(), null);
    }
}
