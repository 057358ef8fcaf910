package org.association.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.common.BusinessException;
import org.association.portal.boundary.ContactRequests;
import org.association.portal.boundary.MemberPortal;
import org.association.portal.entity.ContactRequest;
import org.association.portal.entity.MemberContact;
import org.association.web.admin.Feedback;

/**
 * The institution's contacts on the member's page, for a contact signed in for it: who they are, and the requests to
 * add or remove one, which MEMBERSHIP staff decide. The contact to remove is named by the request's "contact"
 * parameter; the service answers one of another institution as if it did not exist.
 */
@Named
@ViewScoped
public class ContactRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberPortal portal;

    @Inject
    private ContactRequests requests;

    @Inject
    private Feedback feedback;

    private List<MemberContact> contacts;
    private List<ContactRequest> asked;
    private String name;
    private String email;
    private String phone;
    private String title;

    /** Whether the caller acts for an institution (an individual member has no contacts to ask about). */
    public boolean isContact() {
        return portal.caller().contactId() != null;
    }

    public List<MemberContact> getContacts() {
        if (contacts == null) {
            contacts = portal.contacts();
        }
        return contacts;
    }

    public List<ContactRequest> getAsked() {
        if (asked == null) {
            asked = isContact() ? requests.mine() : List.of();
        }
        return asked;
    }

    public void askToAdd() {
        try {
            requests.askToAdd(name, email, phone, title);
            name = null;
            email = null;
            phone = null;
            title = null;
            asked = null;
            feedback.info("contactRequest.asked");
        } catch (BusinessException refused) {
            if (ContactRequests.EMAIL_TAKEN.equals(refused.getMessageKey())) {
                feedback.fieldError("contactRequest:email", refused);
            } else {
                feedback.refused("contactRequest", refused);
            }
        }
    }

    public void askToRemove() {
        String contact = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("contact");
        try {
            requests.askToRemove(Long.parseLong(String.valueOf(contact)));
            asked = null;
            feedback.info("contactRequest.asked");
        } catch (NumberFormatException notAnId) {
            feedback.error("contactRequest.noSuchContact");
        } catch (BusinessException refused) {
            feedback.refused(null, refused);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
