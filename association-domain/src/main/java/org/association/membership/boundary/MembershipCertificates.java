package org.association.membership.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CertificateFont;
import org.association.common.CurrentActor;
import org.association.common.PortalCaller;
import org.association.common.SignedId;
import org.association.content.entity.Language;
import org.association.mail.boundary.MailServer;
import org.association.mail.boundary.SharedSecrets;
import org.association.mail.entity.MailSecret;
import org.association.membership.control.MembershipCertificate;
import org.association.membership.control.MembershipLinks;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;

/**
 * Membership certificates: a PDF drawn anew on each download from the member's record, with a verification code (the
 * member's id signed with the shared membership-certificate secret, so nothing is stored and no one can make one) and a
 * QR code of its public page, which tells whether the membership is current today. Only members with a member number
 * (approved) have one.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class MembershipCertificates {

    private static final String PURPOSE = "membership-certificate";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AssociationClock clock;

    @Inject
    private CertificateFont font;

    @Inject
    private SharedSecrets secrets;

    @Inject
    private MailServer server;

    @Inject
    private CurrentActor actor;

    /** Whether certificates can be drawn at all: without a CJK font they cannot. */
    @PermitAll
    public boolean canMake() {
        return font.path().isPresent();
    }

    /**
     * The member's certificate as a PDF, for staff and for the signed-in member (their own only). Refused for a member
     * without a number (an applicant, a rejected one) and when no font is found.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
    public byte[] certificateOf(long memberId) {
        actor.requireOwnRecords(memberId);
        Member member = em.find(Member.class, memberId);
        if (member == null || member.getMemberNumber() == null) {
            throw new BusinessException("error.certificate.noMemberNumber");
        }
        Path path = font.path().orElseThrow(() -> new BusinessException("error.certificate.noFont"));
        String code = SignedId.sign(secret(), PURPOSE, member.getId());
        try {
            return new MembershipCertificate(member.getName(), member.getNameEn(), member.getMemberNumber(), member.getKind(),
                    member.getJoinedOn(), member.getPaidUpUntil(), clock.today(), code,
                    server.siteUrl() + MembershipLinks.verification(Language.ZH, code)).pdf(path);
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate of member " + memberId + " could not be drawn", e);
        }
    }

    /** The standing of the member whose certificate has the code; nothing for a code these servers did not sign. */
    @PermitAll
    public Optional<MembershipStanding> verify(String code) {
        return SignedId.verify(secret(), PURPOSE, code).map(id -> em.find(Member.class, id))
                .filter(member -> member.getMemberNumber() != null)
                .map(member -> new MembershipStanding(member.getName(), member.getNameEn(), member.getMemberNumber(),
                        member.getKind(), member.getStatus() == MemberStatus.ACTIVE && !member.isLapsed(clock.today())));
    }

    private String secret() {
        return secrets.named(MailSecret.MEMBERSHIP_CERTIFICATE);
    }
}
