package org.association.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.content.entity.Language;
import org.association.mail.boundary.MailService;
import org.association.mail.boundary.NoticeExpansion;
import org.association.mail.boundary.NoticeService;
import org.association.mail.boundary.Outbox;
import org.association.mail.entity.Notice;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.DepartmentKind;
import org.association.organization.entity.Position;

/**
 * The notice tests' side of the application, through its own services: POST /association-tests/notice-fixtures/
 * member (?name, email, status, specialty, language, consent=false, department=CODE (made if missing), paidDays;
 * answers the id), notice (?subjectZh, bodyZh, subjectEn, bodyEn and the segment: status, specialty, department, dueDays;
 * answers id and version), send (?id, version, runs=N sends at once; answers how many were taken), schedule (?id,
 * version, days: to go that many days from the server's now; answers the status), expand (?runs=N
 * expansions at once; answers how many mails they queued), segment (the notice's segment: the count, then the sample),
 * consent (?member=: true, false or none), audit (?member=: "actor action reason" of their mail settings' entries).
 */
@WebServlet("/notice-fixtures/*")
public class NoticeFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Staff staff;

    @Inject
    private MemberService members;

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    @Inject
    private NoticeService notices;

    @Inject
    private NoticeExpansion expansion;

    @Inject
    private MailService mails;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

    @Resource
    private ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer;
        try {
            answer = switch (String.valueOf(request.getPathInfo())) {
                case "/member" -> String.valueOf(staff.adminInOneTransaction(() -> member(request)));
                case "/notice" -> staff.admin(() -> {
                    Notice saved = notices.save(notice(request), "fixture");
                    return saved.getId() + " " + saved.getVersion();
                });
                case "/send" -> String.valueOf(atOnce(request, () -> {
                    notices.send(Long.parseLong(request.getParameter("id")), Integer.parseInt(request.getParameter("version")));
                    return 1;
                }));
                case "/schedule" -> staff.admin(() -> notices.schedule(Long.parseLong(request.getParameter("id")),
                        Integer.parseInt(request.getParameter("version")),
                        clock.now().plusDays(Long.parseLong(request.getParameter("days"))))).getStatus().name();
                case "/expand" -> String.valueOf(atOnce(request, () -> expansion.expandDue()));
                case "/segment" -> staff.admin(() -> {
                    Notice notice = notice(request);
                    return notices.count(notice.segment()) + "\n" + String.join("\n", notices.sample(notice.segment()));
                });
                case "/consent" -> staff.admin(() -> mails.recipient(Long.parseLong(request.getParameter("member"))))
                        .map(recipient -> String.valueOf(recipient.isNotices())).orElse("none");
                case "/audit" -> staff.admin(() -> mails.recipient(Long.parseLong(request.getParameter("member")))
                        .map(recipient -> audit.of("MailRecipient", recipient.getId()).stream()
                                .map(entry -> entry.getActor() + " " + entry.getAction() + " " + entry.getReason())
                                .collect(Collectors.joining("\n")))
                        .orElse(""));
                default -> null;
            };
        } catch (Exception e) {
            throw new IOException(e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private long member(HttpServletRequest request) {
        Member member = new Member(MemberKind.INDIVIDUAL, request.getParameter("name"));
        member.setEmail(request.getParameter("email"));
        member.setStatus(MemberStatus.valueOf(request.getParameter("status")));
        member.setSpecialty(request.getParameter("specialty"));
        member.setJoinedOn(clock.today().minusYears(1));
        member.setPaidUpUntil(clock.today().plusDays(Long.parseLong(param(request, "paidDays", "365"))));
        Member created = members.create(member, "fixture");
        outbox.recipient(created.getId(), Language.valueOf(param(request, "language", "ZH")));
        if ("false".equals(request.getParameter("consent"))) {
            mails.takeNotices(created.getId(), false);
        }
        String code = request.getParameter("department");
        if (code != null) {
            Department department = departments.byCode(code).orElseGet(() -> departments.create(new Department(code,
                    DepartmentKind.SPECIAL_COMMITTEE, "委员会" + code, "Committee " + code), "fixture"));
            appointments.appoint(new Appointment(created, department, Position.COUNCIL_MEMBER, clock.today().minusDays(1)),
                    "fixture");
        }
        return created.getId();
    }

    private Notice notice(HttpServletRequest request) {
        Notice notice = new Notice();
        notice.setSubjectZh(request.getParameter("subjectZh"));
        notice.setBodyZh(request.getParameter("bodyZh"));
        notice.setSubjectEn(request.getParameter("subjectEn"));
        notice.setBodyEn(request.getParameter("bodyEn"));
        String status = request.getParameter("status");
        notice.setMemberStatus(status == null ? null : MemberStatus.valueOf(status));
        notice.setSpecialty(request.getParameter("specialty"));
        String code = request.getParameter("department");
        notice.setDepartmentId(code == null ? null : departments.byCode(code).orElseThrow().getId());
        String due = request.getParameter("dueDays");
        notice.setDueWithinDays(due == null ? null : Integer.valueOf(due));
        return notice;
    }

    /** Runs {@code work} as staff ?runs= times at once, as servers of a cluster would; answers the sum of what succeeded. */
    private int atOnce(HttpServletRequest request, Callable<Integer> work) throws InterruptedException {
        int runs = Integer.parseInt(param(request, "runs", "1"));
        List<Callable<Integer>> all = Collections.nCopies(runs, () -> staff.admin(work));
        int sum = 0;
        for (Future<Integer> run : executor.invokeAll(all)) {
            try {
                sum += run.get();
            } catch (ExecutionException e) {
                // a run that lost the race (a stale version) is refused and counts nothing
                continue;
            }
        }
        return sum;
    }

    private static String param(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null ? otherwise : value;
    }
}
