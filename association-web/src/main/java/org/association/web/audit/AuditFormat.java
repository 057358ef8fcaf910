package org.association.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.association.audit.control.FieldChange;
import org.association.audit.entity.AuditEntry;
import org.association.web.site.Messages;

/** How audit entries read on the back office's pages. */
@Named
@ApplicationScoped
public class AuditFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String time(LocalDateTime at) {
        return at == null ? "" : TIME.format(at);
    }

    public String entity(String type) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "entity." + type);
    }

    public List<FieldChange> changes(AuditEntry entry) {
        return FieldChange.parse(entry.getChanges());
    }
}
