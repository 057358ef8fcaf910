package org.association.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.association.events.control.CheckInCode;
import org.association.events.entity.Registration;
import org.association.mail.boundary.SharedSecrets;
import org.association.mail.entity.MailSecret;

/** The registrations' check-in codes, signed with the check-in secret all servers share; for the mails and the desk. */
@ApplicationScoped
public class CheckInCodes {

    @Inject
    private SharedSecrets secrets;

    /** The code a (stored) registration is checked in with: on its confirmation, as text and as a QR code. */
    public String checkInCode(Registration registration) {
        return CheckInCode.sign(secret(), registration.getId());
    }

    /** The registration a code was made for; empty for a code these servers did not sign. */
    Optional<Long> registrationOf(String code) {
        return CheckInCode.verify(secret(), code);
    }

    private String secret() {
        return secrets.named(MailSecret.CHECK_IN);
    }
}
