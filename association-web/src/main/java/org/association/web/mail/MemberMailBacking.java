package org.association.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.association.mail.boundary.MailService;
import org.association.mail.entity.MailRecipient;
import org.association.web.admin.Feedback;

/**
 * What the member's page tells of their mail: the address a mail server refused for good, if any, and whether they take
 * notices, which staff may change.
 */
@Named
@RequestScoped
public class MemberMailBacking {

    @Inject
    private MailService mails;

    private MailRecipient recipient;
    private Long loadedFor;

    @Inject
    private Feedback feedback;

    /** The refused address and the server's answer, or null when none was refused. */
    public String failure(Long memberId) {
        if (memberId == null) {
            return null;
        }
        load(memberId);
        return recipient == null || recipient.getFailingAddress() == null ? null
                : recipient.getFailingAddress() + ": " + recipient.getFailure();
    }

    /** Whether the member takes notices: yes until they or staff said no. */
    public boolean takesNotices(long memberId) {
        load(memberId);
        return recipient == null || recipient.isNotices();
    }

    public void toggleNotices(long memberId) {
        recipient = mails.takeNotices(memberId, !takesNotices(memberId));
        feedback.info("notice.consentSaved");
    }

    private void load(long memberId) {
        if (loadedFor == null || loadedFor != memberId) {
            recipient = mails.recipient(memberId).orElse(null);
            loadedFor = memberId;
        }
    }
}
