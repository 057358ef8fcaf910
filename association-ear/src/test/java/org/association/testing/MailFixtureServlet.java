package org.association.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.common.AssociationClock;
import org.association.content.entity.Language;
import org.association.mail.boundary.Mail;
import org.association.mail.boundary.MailFilter;
import org.association.mail.boundary.MailSchedule;
import org.association.mail.boundary.MailService;
import org.association.mail.boundary.Outbox;
import org.association.mail.boundary.RenewalReminders;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailMessage;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;
import org.association.membership.entity.MemberStatus;

/**
 * The mail tests' side of the application, through its own services: POST /association-tests/mail-fixtures/
 * applicant (an application as the public form makes it, answers id and version), act (a status action),
 * renewing-member (active, paid up until ?daysLeft days from the server's today), reminders (runs the reminder job,
 * ?runs=N of them at once; answers how many mails they queued), send (sends what is due now), clock (?days=N moves
 * the server's time), rolled-back-application (an application whose transaction rolls back), log (?recipient=:
 * "cause status attempts" a line, newest first), recipient (?member=: "language failing-address failure"),
 * account-email (gives the account ?username= the address ?email=), attached-mail (a test mail to ?email= with a file
 * and an inline image, committed or, with ?rollback=true, rolled back; answers its id and how many files it had),
 * attachments (?mail= or ?recipient=: "file name | content type | content id | size" a line, newest mail first).
 */
@WebServlet("/mail-fixtures/*")
public class MailFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** attached-mail's inline image: one white pixel. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/"
            + "PchI7wAAAABJRU5ErkJggg==";

    @Inject
    private Staff staff;

    @Inject
    private MemberService members;

    @Inject
    private AccountService accounts;

    @Inject
    private MailService mails;

    @Inject
    private Outbox outbox;

    @Inject
    private RenewalReminders reminders;

    @Inject
    private MailSchedule schedule;

    @Inject
    private AssociationClock clock;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer;
        try {
            answer = switch (String.valueOf(request.getPathInfo())) {
                case "/applicant" -> applicant(request);
                case "/act" -> act(request);
                case "/renewing-member" -> renewingMember(request);
                case "/reminders" -> String.valueOf(reminders(Integer.parseInt(param(request, "runs", "1"))));
                case "/send" -> String.valueOf(staff.admin(() -> schedule.sendDue()));
                case "/clock" -> {
                    clock.adjust(Duration.ofDays(Long.parseLong(request.getParameter("days"))));
                    yield clock.today().toString();
                }
                case "/rolled-back-application" -> rolledBackApplication(request);
                case "/attached-mail" -> attachedMail(request);
                case "/attachments" -> attachments(request);
                case "/log" -> log(request);
                case "/account-email" -> staff.admin(() -> {
                    Account account = accounts.byUsername(request.getParameter("username")).orElseThrow();
                    account.setEmail(request.getParameter("email"));
                    return accounts.update(account, "fixture").getEmail();
                });
                case "/recipient" -> staff.admin(() -> mails.recipient(Long.parseLong(request.getParameter("member"))))
                        .map(recipient -> recipient.getLanguage() + " " + recipient.getFailingAddress() + " "
                                + recipient.getFailure())
                        .orElse("none");
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

    private static String param(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null ? otherwise : value;
    }

    private static Member physician(HttpServletRequest request) {
        Member member = Member.individual(request.getParameter("name"));
        member.setEmail(request.getParameter("email"));
        member.setProfessionalTitle("主治医师");
        member.setSpecialty("全科医学");
        return member;
    }

    private String applicant(HttpServletRequest request) {
        Member applied = members.apply(physician(request), request.getParameter("address"),
                Language.valueOf(request.getParameter("language"))).orElseThrow();
        return applied.getId() + " " + applied.getVersion();
    }

    private String act(HttpServletRequest request) {
        Member acted = staff.admin(() -> members.act(Long.parseLong(request.getParameter("id")),
                Integer.parseInt(request.getParameter("version")),
                MemberAction.valueOf(request.getParameter("action")), request.getParameter("reason"), null));
        return acted.getId() + " " + acted.getVersion() + " " + acted.getMemberNumber();
    }

    private String renewingMember(HttpServletRequest request) {
        Member member = physician(request);
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(clock.today().minusYears(1));
        member.setPaidUpUntil(clock.today().plusDays(Long.parseLong(request.getParameter("daysLeft"))));
        Member created = staff.admin(() -> members.create(member, "fixture"));
        return created.getId() + " " + created.getPaidUpUntil();
    }

    /** Runs the reminder job {@code runs} times at once, as servers of a cluster whose timers fire together would. */
    private int reminders(int runs) throws Exception {
        List<Callable<Integer>> all = Collections.nCopies(runs, () -> staff.admin(() -> reminders.run()));
        int queued = 0;
        for (Future<Integer> run : executor.invokeAll(all)) {
            queued += run.get();
        }
        return queued;
    }

    private String rolledBackApplication(HttpServletRequest request) throws Exception {
        transaction.begin();
        try {
            members.apply(physician(request), request.getParameter("address"), Language.EN);
        } finally {
            transaction.rollback();
        }
        return "rolled back";
    }

    /** The files of MailTesting#attachedMail: a Chinese name and a line break that must not begin a header. */
    private String attachedMail(HttpServletRequest request) throws Exception {
        Mail mail = new Mail(MailCause.TEST, Language.ZH, request.getParameter("email"), "附件测试", null, Map.of(), null,
                List.of(Mail.Attachment.file("议程\r\nBcc: x@example.org.txt", "text/plain; charset=UTF-8",
                                "会议议程".getBytes(StandardCharsets.UTF_8)),
                        Mail.Attachment.inline("logo", "logo.png", "image/png", png())));
        boolean rollback = Boolean.parseBoolean(request.getParameter("rollback"));
        transaction.begin();
        try {
            MailMessage queued = outbox.queue(mail).orElseThrow();
            return queued.getId() + " " + queued.getAttachments();
        } finally {
            if (rollback) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        }
    }

    public static byte[] png() {
        return Base64.getDecoder().decode(PNG);
    }

    private String attachments(HttpServletRequest request) {
        return staff.admin(() -> {
            List<Long> ids = request.getParameter("mail") != null ? List.of(Long.valueOf(request.getParameter("mail")))
                    : mails.search(new MailFilter(request.getParameter("recipient"), null, null, null), 0, 100).stream()
                            .map(MailMessage::getId).toList();
            return ids.stream().flatMap(id -> mails.attachments(id).stream())
                    .map(file -> file.fileName() + " | " + file.contentType() + " | " + file.contentId() + " | "
                            + file.sizeBytes())
                    .collect(Collectors.joining("\n"));
        });
    }

    private String log(HttpServletRequest request) {
        return staff.admin(() -> mails.search(new MailFilter(request.getParameter("recipient"), null, null, null), 0,
                100)).stream()
                .map(mail -> mail.getCause() + " " + mail.getStatus() + " " + mail.getAttempts() + " " + mail.getLastError())
                .collect(Collectors.joining("\n"));
    }
}
