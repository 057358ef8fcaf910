package org.association.membership.boundary;

import org.association.content.entity.Language;
import org.association.membership.entity.Member;

/**
 * Fired inside the transaction that stores an application from the public form, so that whatever it causes (the
 * mail to the applicant) commits or rolls back with it.
 *
 * @param language the language of the form the applicant used
 */
public record ApplicationReceived(Member applicant, Language language) {
}
