package org.association.web.membership;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.NoSuchEntityException;
import org.association.events.boundary.CmeCredits;
import org.association.events.boundary.EventService;
import org.association.membership.boundary.MemberChangeRequests;
import org.association.membership.boundary.MemberService;
import org.association.membership.boundary.MembershipCertificates;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;
import org.association.membership.entity.MemberChangeRequest;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.entity.Appointment;
import org.association.web.admin.Feedback;

/**
 * Creating and editing a member, and the status actions (each with a reason). The view keeps the copy
 * it loaded: saving it after someone else saved the same member is refused, and the page offers to reload.
 */
@Named
@ViewScoped
public class MemberEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "member";

    @Inject
    private MemberService members;

    @Inject
    private AuditService audit;

    @Inject
    private AppointmentService appointments;

    @Inject
    private AssociationClock clock;

    @Inject
    private EventService events;

    @Inject
    private MemberChangeRequests changeRequests;

    @Inject
    private MembershipCertificates certificates;

    @Inject
    private Feedback feedback;

    private Long id;
    private String kind;
    private Member member;
    private String reason;
    private boolean conflict;

    private MemberAction action;
    private String actionReason;
    private LocalDate renewUntil;

    private List<AuditEntry> history = List.of();
    private List<Appointment> appointmentList = List.of();
    private List<CmeCredits> credits = List.of();
    private MemberChangeRequest pendingChange;

    public void load() throws IOException {
        if (id == null) {
            member = new Member("INSTITUTION".equals(kind) ? MemberKind.INSTITUTION : MemberKind.INDIVIDUAL, null);
            member.setStatus(MemberStatus.ACTIVE);
            member.setJoinedOn(clock.today());
            return;
        }
        try {
            member = members.find(id);
            loadRecords();
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() throws IOException {
        boolean created = member.isNew();
        try {
            member = created ? members.create(member, reason) : members.update(member, reason);
        } catch (EntityAlreadyModifiedException e) {
            conflict = true;
            feedback.refused(FORM, e);
            return;
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
            return;
        }
        reason = null;
        loadRecords();
        feedback.info(created ? "member.created" : "member.saved", member.getName());
        if (created) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect("edit.xhtml?id=" + member.getId());
        }
    }

    /** Throws away this page's copy and shows the member as stored now. */
    public void reload() {
        member = members.find(member.getId());
        loadRecords();
        conflict = false;
        feedback.info("member.reloaded");
    }

    public void prepare(MemberAction chosen) {
        action = chosen;
        actionReason = null;
        renewUntil = member.getPaidUpUntil() == null ? clock.today().plusYears(1) : member.getPaidUpUntil().plusYears(1);
    }

    public void act() {
        try {
            member = members.act(member.getId(), member.getVersion(), action, actionReason, renewUntil);
            feedback.info("member.actionDone." + action.name(), member.getName());
            action = null;
            loadRecords();
        } catch (EntityAlreadyModifiedException e) {
            conflict = true;
            feedback.refused(FORM, e);
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    /** The actions that apply to the member's status now. */
    public List<MemberAction> getActions() {
        return member == null || member.isNew() ? List.of() : List.of(MemberAction.values()).stream()
                .filter(candidate -> candidate.appliesTo(member.getStatus())).toList();
    }

    /** The member's history, posts and CME credits, read when the member is loaded and again after each change. */
    private void loadRecords() {
        history = audit.of("Member", member.getId());
        appointmentList = appointments.of(member);
        credits = events.creditsPerYear(member.getId());
        pendingChange = changeRequests.pendingOf(member.getId()).orElse(null);
    }

    /** The member's change request that waits for a decision, or null. */
    public MemberChangeRequest getPendingChange() {
        return pendingChange;
    }

    /** Whether a membership certificate can be downloaded: the member has a number, and a font is found. */
    public boolean isCertificateAvailable() {
        return member.getMemberNumber() != null && certificates.canMake();
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public List<Appointment> getAppointments() {
        return appointmentList;
    }

    public List<CmeCredits> getCredits() {
        return credits;
    }

    public boolean isLapsed() {
        return member.isLapsed(clock.today());
    }

    public boolean isInstitution() {
        return member.getKind() == MemberKind.INSTITUTION;
    }

    public List<MemberStatus> getNewStatuses() {
        return List.of(MemberStatus.APPLICANT, MemberStatus.ACTIVE);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Member getMember() {
        return member;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConflict() {
        return conflict;
    }

    public MemberAction getAction() {
        return action;
    }

    public String getActionReason() {
        return actionReason;
    }

    public void setActionReason(String actionReason) {
        this.actionReason = actionReason;
    }

    public LocalDate getRenewUntil() {
        return renewUntil;
    }

    public void setRenewUntil(LocalDate renewUntil) {
        this.renewUntil = renewUntil;
    }
}
