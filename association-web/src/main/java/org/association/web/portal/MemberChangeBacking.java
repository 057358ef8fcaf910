package org.association.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.membership.entity.IdentityField;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberChangeRequest;
import org.association.portal.boundary.MemberPortal;
import org.association.web.admin.Feedback;

/**
 * The member's identity data on their page (name, licence number, title, employer; an institution's name and credit
 * code): changing it is a request that MEMBERSHIP staff decide. Shows the request that waits, which the member may
 * withdraw; while one waits, no other can be made.
 */
@Named
@ViewScoped
public class MemberChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberPortal portal;

    @Inject
    private Feedback feedback;

    private MemberChangeRequest pending;
    /** The values in the form by IdentityField name (as EL names a map's keys), a field each as the member's kind has. */
    private final Map<String, String> values = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        Member member = portal.member();
        pending = portal.pendingChange().orElse(null);
        values.clear();
        for (IdentityField field : IdentityField.values()) {
            if (field.appliesTo(member.getKind())) {
                values.put(field.name(), field.valueOf(member));
            }
        }
    }

    public void request() {
        try {
            Map<IdentityField, String> asked = new EnumMap<>(IdentityField.class);
            values.forEach((field, value) -> asked.put(IdentityField.valueOf(field), value));
            portal.requestChange(asked);
        } catch (BusinessException refused) {
            feedback.refused("change", refused);
            return;
        }
        feedback.info("portal.change.requested");
        load();
    }

    public void withdraw() {
        try {
            portal.withdrawChange(pending == null ? -1 : pending.getVersion());
            feedback.info("portal.change.withdrawn");
        } catch (BusinessException refused) {
            feedback.refused(null, refused);
        }
        load();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public MemberChangeRequest getPending() {
        return pending;
    }
}
