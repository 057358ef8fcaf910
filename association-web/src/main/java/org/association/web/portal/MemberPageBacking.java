package org.association.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.events.boundary.CmeCredits;
import org.association.events.entity.Registration;
import org.association.membership.entity.Member;
import org.association.organization.entity.Appointment;
import org.association.portal.boundary.MemberPortal;
import org.association.portal.entity.MemberContact;
import org.association.web.account.SecurityLog;
import org.association.web.admin.Feedback;

/** The member's own page: their standing, positions, meetings and credits, and the contact data and mail they choose. */
@Named
@ViewScoped
public class MemberPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberPortal portal;

    @Inject
    private Feedback feedback;

    @Inject
    private AssociationClock clock;

    @Inject
    private SecurityLog securityLog;

    private Member member;
    private MemberContact contact;
    private List<MemberContact> contacts;
    private List<Appointment> positions;
    private List<Registration> registrations;
    private List<CmeCredits> credits;
    private String email;
    private String phone;
    private String address;
    private boolean notices;
    private Language language;
    private boolean hasPassword;
    private boolean hasCertificate;
    private String newPassword;

    @PostConstruct
    void load() {
        member = portal.member();
        contact = portal.signedInContact();
        contacts = portal.contacts();
        positions = portal.positions();
        registrations = portal.registrations();
        credits = portal.credits();
        email = member.getEmail();
        phone = member.getPhone();
        address = member.getAddress();
        notices = portal.mailSettings().isNotices();
        language = portal.mailSettings().getLanguage();
        hasPassword = portal.hasPassword();
        hasCertificate = portal.hasCertificate();
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

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityLog.loggedOut(portal.caller().name(), request.getRemoteAddr());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/member/sign-in.xhtml?signedOut=true");
    }

    /** Active, but paid up to a day gone by. */
    public boolean isLapsed() {
        return member.isLapsed(clock.today());
    }

    public LocalDate getToday() {
        return clock.today();
    }

    /** The language this page is shown in, which names events in it. */
    public Language getPageLanguage() {
        return Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Member getMember() {
        return member;
    }

    public MemberContact getContact() {
        return contact;
    }

    public List<MemberContact> getContacts() {
        return contacts;
    }

    public List<Appointment> getPositions() {
        return positions;
    }

    public List<Registration> getRegistrations() {
        return registrations;
    }

    public List<CmeCredits> getCredits() {
        return credits;
    }

    public boolean isHasPassword() {
        return hasPassword;
    }

    public boolean isHasCertificate() {
        return hasCertificate;
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
