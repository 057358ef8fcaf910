package org.association.events.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.association.events.control.Eligibility;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;
import org.association.membership.entity.Member;

/**
 * Checks a registration's member number against the register, for the public form and for staff's corrections alike.
 * Runs inside its callers' transactions.
 */
@Dependent
public class MemberNumbers {

    @PersistenceContext
    private EntityManager em;

    /**
     * Ties the registration to the member its number names or, without a number, to the member with its practising
     * certificate number (or to none). Refused, beside the member number, for a number that is not a member's, or,
     * for a members-only type, not one in good standing on the event's day.
     */
    void check(Registration registration, RegistrationType type) {
        String number = registration.getMemberNumber() == null ? null
                : registration.getMemberNumber().strip().toUpperCase(Locale.ROOT);
        Optional<Member> member = number == null || number.isEmpty() ? byLicence(registration.getLicenceNumber())
                : em.createNamedQuery(Member.BY_NUMBER, Member.class).setParameter("number", number).getResultStream()
                        .findFirst();
        if (number != null && !number.isEmpty() && member.isEmpty()) {
            throw new RegistrationRefused("memberNumber", "error.registration.noSuchMember");
        }
        boolean inGoodStanding = member.isPresent() && Eligibility.isMemberInGoodStanding(member.get().getStatus(),
                member.get().getPaidUpUntil(), type.getEvent().getStartsAt().toLocalDate());
        if (type.isMembersOnly() && !inGoodStanding) {
            throw new RegistrationRefused("memberNumber", "error.registration.membersOnly");
        }
        registration.checkedMember(member.orElse(null));
    }

    private Optional<Member> byLicence(String licenceNumber) {
        return licenceNumber == null ? Optional.empty()
                : em.createQuery("select m from Member m where m.licenceNumber = :licence", Member.class)
                        .setParameter("licence", licenceNumber).getResultStream().findFirst();
    }
}
