package org.association.web.membership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.association.common.BusinessException;
import org.association.portal.boundary.ContactRequests;
import org.association.portal.entity.ContactRequest;
import org.association.web.admin.Feedback;

/** Institutions' pending requests to add or remove a contact, for MEMBERSHIP staff to approve or reject with a reason. */
@Named
@ViewScoped
public class ContactRequestListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactRequests requests;

    @Inject
    private Feedback feedback;

    private List<ContactRequest> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<ContactRequest> getPending() {
        if (pending == null) {
            pending = requests.pending();
        }
        return pending;
    }

    public void approve(ContactRequest request) {
        try {
            requests.approve(request.getId(), request.getVersion());
            feedback.info("contactRequest.approved");
        } catch (BusinessException refused) {
            feedback.refused(null, refused);
        }
        pending = null;
    }

    public void reject(ContactRequest request) {
        try {
            requests.reject(request.getId(), request.getVersion(), reasons.get(request.getId()));
            reasons.remove(request.getId());
            feedback.info("contactRequest.rejected");
        } catch (BusinessException refused) {
            feedback.refused(null, refused);
        }
        pending = null;
    }

    /** The reason typed beside each request, by its id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
