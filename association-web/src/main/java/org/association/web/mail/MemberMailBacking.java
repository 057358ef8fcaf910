package org.association.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.association.mail.boundary.MailService;
import org.association.mail.entity.MailRecipient;

/** What the member's page tells of their mail: the address a mail server refused for good, if any. */
@Named
@RequestScoped
public class MemberMailBacking {

    @Inject
    private MailService mails;

    private MailRecipient recipient;
    private Long loadedFor;

    /** The refused address and the server's answer, or null when none was refused. */
    public String failure(Long memberId) {
        if (memberId == null) {
            return null;
        }
        if (!memberId.equals(loadedFor)) {
            recipient = mails.recipient(memberId).orElse(null);
            loadedFor = memberId;
        }
        return recipient == null || recipient.getFailingAddress() == null ? null
                : recipient.getFailingAddress() + ": " + recipient.getFailure();
    }
}
