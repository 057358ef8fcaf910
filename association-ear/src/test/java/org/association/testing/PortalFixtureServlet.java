package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.association.audit.boundary.AuditService;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;
import org.association.membership.entity.MemberStatus;
import org.association.membership.entity.UnifiedSocialCreditCode;
import org.association.portal.boundary.MemberContacts;
import org.association.portal.entity.MemberContact;

/**
 * The member portal tests' side of the application, through its own services: POST
 * /association-tests/portal-fixtures/ member (?name=, ?email=: an active physician paid up to the end of next year;
 * answers "id number"), institution (?name=, ?contact=, ?email=: an active institution with that contact; answers
 * "memberId contactId"), resign (?id=), remove-contact (?id=), audit (?member=: "action actor" of the member's audit
 * entries, a line each, oldest first).
 */
@WebServlet("/portal-fixtures/*")
public class PortalFixtureServlet extends AnsweringFixtureServlet {

    private static final long serialVersionUID = 1L;
    /** Credit codes of the institutions made here, apart from the demo's. */
    private static final AtomicInteger SERIAL = new AtomicInteger(5_000_000 + (int) (System.nanoTime() % 1_000_000));

    @Inject
    private Staff staff;

    @Inject
    private MemberService members;

    @Inject
    private MemberContacts contacts;

    @Inject
    private AuditService audit;

    @Override
    protected String answer(HttpServletRequest request) {
        return switch (String.valueOf(request.getPathInfo())) {
            case "/member" -> {
                Member member = active(Member.individual(request.getParameter("name")), request.getParameter("email"));
                yield member.getId() + " " + member.getMemberNumber();
            }
            case "/institution" -> {
                Member applicant = Member.institution(request.getParameter("name"));
                applicant.setInstitutionType(InstitutionType.OTHER);
                applicant.setCreditCode(UnifiedSocialCreditCode.Validator.complete(
                        String.format("12510100MB%07d", SERIAL.incrementAndGet())));
                Member institution = active(applicant, null);
                MemberContact contact = staff.admin(() -> contacts.add(institution.getId(), request.getParameter("contact"),
                        request.getParameter("email"), null, "fixture"));
                yield institution.getId() + " " + contact.getId();
            }
            case "/resign" -> staff.admin(() -> {
                long id = Long.parseLong(request.getParameter("id"));
                return members.act(id, members.find(id).getVersion(), MemberAction.RESIGN, "fixture", null).getStatus().name();
            });
            case "/remove-contact" -> staff.admin(() -> {
                contacts.remove(Long.parseLong(request.getParameter("id")), "fixture");
                return "removed";
            });
            case "/audit" -> staff.admin(() -> audit.of("Member", Long.parseLong(request.getParameter("member"))).stream()
                    .map(entry -> entry.getAction() + " " + entry.getActor()).collect(Collectors.joining("\n")));
            default -> null;
        };
    }

    private Member active(Member member, String email) {
        member.setEmail(email);
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2024, 1, 1));
        member.setPaidUpUntil(LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(31));
        return staff.admin(() -> members.create(member, "fixture"));
    }
}
