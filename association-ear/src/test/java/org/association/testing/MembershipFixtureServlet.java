package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.association.audit.boundary.AuditService;
import org.association.common.BusinessException;
import org.association.common.InvalidEntityException;
import org.association.membership.boundary.MemberChangeRequests;
import org.association.membership.boundary.MemberService;
import org.association.membership.boundary.MembershipCertificates;
import org.association.membership.entity.IdentityField;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberChangeRequest;
import org.association.membership.entity.MemberStatus;

/**
 * The membership tests' side of the application, through its own services, as staff: POST
 * /association-tests/membership-fixtures/ member (?name=, ?nameEn=, ?email=, ?licence=, ?paidUpUntil=, ?status=
 * ACTIVE or APPLICANT: "id number"), certificate (?member=: the PDF), request (?member= and a parameter per
 * IdentityField asked to change, as the portal sends a member's request: the request's id, or "refused key field..."
 * for a refusal), approve and reject (?id=, ?reason=, with the version the request has now: its status, or
 * "refused key"), pending (?member=: the id of the member's request waiting for a decision, or "none"), edit
 * (?member=, ?employer=: changes the member as staff would), read (?member=: "name|nameEn|licence|employer|title"),
 * audit (?member=: "action|reason|changes" of its audit entries, a line each, newest first).
 */
@WebServlet("/membership-fixtures/*")
public class MembershipFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberChangeRequests requests;

    @Inject
    private MembershipCertificates certificates;

    @Inject
    private MemberService members;

    @Inject
    private AuditService audit;

    @Inject
    private Staff staff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if ("/certificate".equals(request.getPathInfo())) {
            byte[] pdf = staff.admin(() -> certificates.certificateOf(memberId(request)));
            response.setContentType("application/pdf");
            response.getOutputStream().write(pdf);
            return;
        }
        String answer;
        try {
            answer = switch (String.valueOf(request.getPathInfo())) {
                case "/member" -> member(request);
                case "/request" -> String.valueOf(staff.admin(() -> requests.request(memberId(request), changes(request)))
                        .getId());
                case "/pending" -> staff.admin(() -> requests.pendingOf(memberId(request)))
                        .map(pending -> String.valueOf(pending.getId())).orElse("none");
                case "/approve" -> staff.admin(() -> {
                    MemberChangeRequest found = requests.find(requestId(request)).orElseThrow();
                    return requests.approve(found.getId(), found.getVersion()).getStatus().name();
                });
                case "/reject" -> staff.admin(() -> {
                    MemberChangeRequest found = requests.find(requestId(request)).orElseThrow();
                    return requests.reject(found.getId(), found.getVersion(), request.getParameter("reason")).getStatus()
                            .name();
                });
                case "/edit" -> staff.admin(() -> {
                    Member member = members.find(memberId(request));
                    member.setEmployer(request.getParameter("employer"));
                    return String.valueOf(members.update(member, "fixture").getVersion());
                });
                case "/read" -> read(staff.admin(() -> members.find(memberId(request))));
                case "/audit" -> staff.admin(() -> audit.of("Member", memberId(request))).stream()
                        .map(entry -> entry.getAction() + "|" + entry.getReason() + "|" + entry.getChanges())
                        .collect(Collectors.joining("\n"));
                default -> null;
            };
        } catch (BusinessException e) {
            answer = refusal(e);
        }
        if (answer != null) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(answer);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private String member(HttpServletRequest request) {
        Member member = Member.individual(request.getParameter("name"));
        member.setNameEn(request.getParameter("nameEn"));
        member.setEmail(request.getParameter("email"));
        member.setLicenceNumber(request.getParameter("licence"));
        member.setEmployer("成都高新医院");
        member.setPhone("028-85123456");
        member.setStatus(MemberStatus.valueOf(String.valueOf(request.getParameter("status"))));
        member.setJoinedOn(LocalDate.of(2024, 1, 1));
        String paidUpUntil = request.getParameter("paidUpUntil");
        member.setPaidUpUntil(paidUpUntil == null ? null : LocalDate.parse(paidUpUntil));
        Member created = staff.admin(() -> members.create(member, "fixture"));
        return created.getId() + " " + created.getMemberNumber();
    }

    private static Map<IdentityField, String> changes(HttpServletRequest request) {
        Map<IdentityField, String> changes = new EnumMap<>(IdentityField.class);
        for (IdentityField field : IdentityField.values()) {
            String value = request.getParameter(field.name());
            if (value != null) {
                changes.put(field, value);
            }
        }
        return changes;
    }

    private static String read(Member member) {
        return String.join("|", member.getName(), String.valueOf(member.getNameEn()), String.valueOf(member.getLicenceNumber()),
                String.valueOf(member.getEmployer()), String.valueOf(member.getProfessionalTitle()));
    }

    /** The refusal's key and, for broken rules, the fields that broke them. */
    private static String refusal(BusinessException refusal) {
        String fields = refusal instanceof InvalidEntityException invalid
                ? invalid.getViolations().stream().map(violation -> " " + violation.field()).collect(Collectors.joining())
                : "";
        return "refused " + refusal.getMessageKey() + fields;
    }

    private static long memberId(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("member"));
    }

    private static long requestId(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }
}
