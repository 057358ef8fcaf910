package org.association.web.membership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.membership.boundary.MemberChangeRequests;
import org.association.membership.entity.ChangeRequestStatus;
import org.association.membership.entity.FieldChange;
import org.association.membership.entity.MemberChangeRequest;
import org.association.web.admin.Feedback;
import org.omnifaces.util.Faces;

/**
 * Staff decide on one change request: each field as it was when the member asked, as it is now, and as asked. The view
 * keeps the request it loaded, so that a decision someone else made meanwhile is caught (its version) and told.
 */
@Named
@ViewScoped
public class ChangeRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberChangeRequests requests;

    @Inject
    private Feedback feedback;

    private Long id;
    private MemberChangeRequest request;
    private String reason;
    private boolean conflict;

    public void load() throws IOException {
        request = id == null ? null : requests.find(id).orElse(null);
        if (request == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            Faces.responseComplete();
        }
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        try {
            request = approve ? requests.approve(request.getId(), request.getVersion())
                    : requests.reject(request.getId(), request.getVersion(), reason);
            feedback.info(approve ? "changeRequest.approved" : "changeRequest.rejected", request.getMember().getName());
            reason = null;
        } catch (EntityAlreadyModifiedException e) {
            // decided by someone else since this page was opened: show it as it stands now
            conflict = true;
            request = requests.find(request.getId()).orElseThrow();
            feedback.error("changeRequest.decidedMeanwhile", request.getDecidedBy());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public boolean isPending() {
        return request.getStatus() == ChangeRequestStatus.PENDING;
    }

    /** The member's field as it is now. */
    public String current(FieldChange change) {
        return change.getField().valueOf(request.getMember());
    }

    /** Whether the member's field changed since the member asked (the approval would be refused). */
    public boolean changedSince(FieldChange change) {
        return !change.isCurrent(request.getMember());
    }

    public MemberChangeRequest getRequest() {
        return request;
    }

    /** Whether the page shows a decision someone else made while it was open. */
    public boolean isConflict() {
        return conflict;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
