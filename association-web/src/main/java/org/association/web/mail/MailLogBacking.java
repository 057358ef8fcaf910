package org.association.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.common.BusinessException;
import org.association.content.entity.Language;
import org.association.mail.boundary.MailFilter;
import org.association.mail.boundary.MailService;
import org.association.mail.entity.AttachedFile;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.MailStatus;
import org.association.web.admin.Feedback;
import org.association.web.admin.ServiceDataModel;

/** The mail log: every mail of the outbox, filterable; resend, cancel, and a test mail to oneself. */
@Named
@ViewScoped
public class MailLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailService mails;

    @Inject
    private Feedback feedback;

    private String recipient;
    private MailCause cause;
    private MailStatus status;
    private Long memberId;
    private MailMessage shown;
    private List<AttachedFile> shownFiles = List.of();
    private Language testLanguage = Language.ZH;
    private ServiceDataModel<MailMessage> model;

    @PostConstruct
    void create() {
        model = new ServiceDataModel<>(() -> mails.count(filter()), (first, max, sortField, ascending)
                -> mails.search(filter(), first, max),
                MailMessage::getId);
    }

    private MailFilter filter() {
        return new MailFilter(recipient, cause, status, memberId);
    }

    public void show(MailMessage mail) {
        shown = mails.find(mail.getId());
        shownFiles = shown.getAttachments() == 0 ? List.of() : mails.attachments(shown.getId());
    }

    public void resend(MailMessage mail) {
        try {
            mails.resend(mail.getId(), mail.getVersion());
            feedback.info("mail.resent", mail.getRecipient());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public void cancel(MailMessage mail) {
        try {
            mails.cancel(mail.getId(), mail.getVersion());
            feedback.info("mail.cancelled", mail.getRecipient());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public void sendTest() {
        try {
            MailMessage test = mails.sendTestToSelf(testLanguage);
            feedback.info("mail.testQueued", test.getRecipient());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public boolean isServerConfigured() {
        return mails.isServerConfigured();
    }

    public boolean canResend(MailMessage mail) {
        return mail.getStatus() != MailStatus.QUEUED;
    }

    public boolean canCancel(MailMessage mail) {
        return mail.getStatus() == MailStatus.QUEUED;
    }

    public MailCause[] getCauses() {
        return MailCause.values();
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ServiceDataModel<MailMessage> getModel() {
        return model;
    }

    public MailMessage getShown() {
        return shown;
    }

    /** The files of the mail shown, without their bytes. */
    public List<AttachedFile> getShownFiles() {
        return shownFiles;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public MailCause getCause() {
        return cause;
    }

    public void setCause(MailCause cause) {
        this.cause = cause;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Language getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(Language testLanguage) {
        this.testLanguage = testLanguage;
    }
}
