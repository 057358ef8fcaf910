package org.association.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.common.BusinessException;
import org.association.portal.boundary.MemberContacts;
import org.association.portal.entity.MemberContact;
import org.association.web.admin.Feedback;

/** The contacts of an institutional member on its page in the back office: who signs in to the portal for it. */
@Named
@ViewScoped
public class MemberContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberContacts contacts;

    @Inject
    private Feedback feedback;

    private List<MemberContact> shown;
    private String name;
    private String email;
    private String phone;

    public List<MemberContact> of(long memberId) {
        if (shown == null) {
            shown = contacts.of(memberId);
        }
        return shown;
    }

    public void add(long memberId) {
        try {
            contacts.add(memberId, name, email, phone, null);
            name = null;
            email = null;
            phone = null;
            shown = null;
            feedback.info("contacts.added");
        } catch (BusinessException refused) {
            feedback.refused("contacts", refused);
        }
    }

    public void remove(long contactId) {
        contacts.remove(contactId, null);
        shown = null;
        feedback.info("contacts.removed");
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
}
