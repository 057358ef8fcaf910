package org.association.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.mail.entity.MailRecipient;
import org.association.membership.entity.Member;
import org.association.portal.boundary.MemberPortal;
import org.association.web.admin.Feedback;

/** The member's details page: the contact data, mail and password they choose for themselves. */
@Named
@ViewScoped
public class MemberDetailsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberPortal portal;

    @Inject
    private Feedback feedback;

    private Member member;
    private String email;
    private String phone;
    private String address;
    private boolean notices;
    private Language language;
    private boolean hasPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        member = portal.member();
        email = member.getEmail();
        phone = member.getPhone();
        address = member.getAddress();
        MailRecipient mail = portal.mailSettings();
        notices = mail.isNotices();
        language = mail.getLanguage();
        hasPassword = portal.hasPassword();
    }

    public void saveContactData() {
        try {
            member = portal.changeContactData(member.getVersion(), email, phone, address);
            feedback.info("portal.contactSaved");
        } catch (BusinessException refused) {
            feedback.refused("contact", refused);
        }
    }

    public void saveMailSettings() {
        portal.changeMailSettings(notices, language);
        feedback.info("portal.mailSaved");
    }

    public void savePassword() {
        try {
            portal.setPassword(newPassword);
            hasPassword = true;
            feedback.info("portal.password.saved");
        } catch (BusinessException refused) {
            feedback.fieldError("password:newPassword", refused);
        } finally {
            newPassword = null;
        }
    }

    public void removePassword() {
        portal.removePassword();
        hasPassword = false;
        feedback.info("portal.password.removed");
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Member getMember() {
        return member;
    }

    public boolean isHasPassword() {
        return hasPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isNotices() {
        return notices;
    }

    public void setNotices(boolean notices) {
        this.notices = notices;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
