package org.association.mail.boundary;

import java.util.Map;
import org.association.content.entity.Language;
import org.association.mail.entity.MailCause;

/**
 * A mail to be queued: why, in which language, to whom, and the values of the template's placeholders.
 *
 * @param memberId the member it is about and addressed to, or null (staff)
 * @param once a key that makes it the only mail of its kind (see MailMessage#once), or null
 */
public record Mail(MailCause cause, Language language, String address, String name, Long memberId, Map<String, String> values,
        String once) {
}
