package org.association.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.association.web.site.SiteLinks;

/**
 * The back office's switch to the other language: the same page with the same parameters (the member
 * being edited stays on screen), plus ?hl=, which {@link AdminFilter} remembers and takes off again.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    public String getLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        String other = "zh".equals(context.getViewRoot().getLocale().getLanguage()) ? "en" : "zh";
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        // a page got by GET has them all in its address; after a postback the view's parameters hold them (added below)
        if (!context.isPostback()) {
            context.getExternalContext().getRequestParameterValuesMap().forEach((name, values) -> {
                if (!SiteLinks.LANGUAGE_SWITCH.equals(name)) {
                    parameters.put(name, List.of(values));
                }
            });
        }
        parameters.put(SiteLinks.LANGUAGE_SWITCH, List.of(other));
        return context.getApplication().getViewHandler()
                .getBookmarkableURL(context, context.getViewRoot().getViewId(), parameters, true);
    }
}
