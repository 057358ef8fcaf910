package org.association.mail.boundary;

import java.io.Serializable;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailStatus;

/** What the mail log shows: any of these left empty matches everything. The recipient matches in part. */
public record MailFilter(String recipient, MailCause cause, MailStatus status, Long memberId) implements Serializable {
}
