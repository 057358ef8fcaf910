package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Collectors;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.events.boundary.Certificates;
import org.association.events.boundary.EventLifecycle;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.entity.CmeCategory;
import org.association.events.entity.Event;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.EventStatus;
import org.association.events.entity.QuestionKind;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;

/**
 * The event tests' side of the application, through its own services: POST /association-tests/event-fixtures/
 * event (?slug=, ?capacity= of its one type, ?status=, ?cmeCategory= and ?cmePoints=, ?announcement= and ?report=
 * article ids; 30 days ahead; answers
 * "eventId typeId"), registrations (?event=: "email status" a line, first registered first), taken (?event=: the
 * places each of its types' rows counts), attend (?event=, ?email=, ?attended=: "attended category points"),
 * attendance (?event=: "email attended category points" a line), attend-from-check-ins (?event=: how many), issue
 * (?event=: how many certificates were issued), credits (?member=: "year category points" a line), check-ins
 * (?event=: "email checkedInBy presumedAttended" a line, "-" for who is not checked in), audit (?event=, ?email=,
 * ?action=: the actors of the registration's audit entries of that action, a line each), question
 * (?event=, ?kind=, ?textZh=, ?textEn=, ?choicesZh=, ?choicesEn=, ?required=: the question's id), answers (?event=:
 * "email {question id=answer, ...}" a line), members (?event=: "email member-id" a line, "none" for no member).
 * The lifecycle's (see lifecycle): lifecycle-run, clock-hours, event-tomorrow.
 */
@WebServlet("/event-fixtures/*")
public class EventFixtureServlet extends AnsweringFixtureServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Staff staff;

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private Certificates certificates;

    @Inject
    private AssociationClock clock;

    @Inject
    private AuditService audit;

    @Inject
    private EventLifecycle lifecycle;

    @Override
    protected String answer(HttpServletRequest request) {
        return switch (String.valueOf(request.getPathInfo())) {
            case "/event" -> event(request);
            case "/registrations" -> staff.admin(() -> events.registrations(Long.parseLong(request.getParameter("event")),
                    null, null)).stream().map(registration -> registration.getEmail() + " " + registration.getStatus())
                    .collect(Collectors.joining("\n"));
            case "/taken" -> registrations.types(Long.parseLong(request.getParameter("event"))).stream()
                    .map(type -> String.valueOf(type.taken())).collect(Collectors.joining(" "));
            case "/attend" -> attend(request);
            case "/attend-from-check-ins" -> String.valueOf(staff.admin(() ->
                    events.attendFromCheckIns(Long.parseLong(request.getParameter("event")), "fixture")));
            case "/attendance" -> staff.admin(() -> events.registrations(Long.parseLong(request.getParameter("event")),
                    null, null)).stream().map(registration -> registration.getEmail() + " " + registration.isAttended() + " "
                    + registration.getCmeCategory() + " " + registration.getCmePoints()).collect(Collectors.joining("\n"));
            case "/issue" -> String.valueOf(staff.admin(() -> certificates.issue(Long.parseLong(request.getParameter("event")),
                    "fixture")));
            case "/credits" -> staff.admin(() -> events.creditsPerYear(Long.parseLong(request.getParameter("member")))).stream()
                    .map(credits -> credits.year() + " " + credits.category() + " " + credits.points())
                    .collect(Collectors.joining("\n"));
            case "/check-ins" -> staff.admin(() -> events.registrations(Long.parseLong(request.getParameter("event")),
                    null, null)).stream().map(registration -> registration.getEmail() + " " + (registration.isCheckedIn()
                    ? registration.getCheckedInBy() : "-") + " " + registration.isPresumedAttended())
                    .collect(Collectors.joining("\n"));
            case "/audit" -> staff.admin(() -> audit.of("Registration", registration(request).getId()).stream()
                    .filter(entry -> entry.getAction().equals(request.getParameter("action"))).map(entry -> entry.getActor())
                    .collect(Collectors.joining("\n")));
            case "/question" -> question(request);
            case "/members" -> staff.admin(() -> events.registrations(Long.parseLong(request.getParameter("event")),
                    null, null)).stream().map(registration -> registration.getEmail() + " "
                    + (registration.getMember() == null ? "none" : registration.getMember().getId()))
                    .collect(Collectors.joining("\n"));
            case "/answers" -> staff.admin(() -> events.registrations(Long.parseLong(request.getParameter("event")),
                    null, null)).stream().map(registration -> registration.getEmail() + " " + registration.getAnswers())
                    .collect(Collectors.joining("\n"));
            default -> lifecycle(request);
        };
    }

    /** Staff confirm (attended=true) or take back the attendance of the event's registration of that address. */
    private String attend(HttpServletRequest request) {
        boolean attended = Boolean.parseBoolean(request.getParameter("attended"));
        return staff.admin(() -> {
            Registration registration = registration(request);
            Registration saved = events.attend(registration.getId(), attended, "fixture");
            return saved.isAttended() + " " + saved.getCmeCategory() + " " + saved.getCmePoints();
        });
    }

    /** The registration of the address (?email=) for the event (?event=). */
    private Registration registration(HttpServletRequest request) {
        long event = Long.parseLong(request.getParameter("event"));
        return staff.admin(() -> events.registrations(event, null, null)).stream()
                .filter(one -> one.getEmail().equals(request.getParameter("email"))).findFirst().orElseThrow();
    }

    private String question(HttpServletRequest request) {
        Event event = staff.admin(() -> events.find(Long.parseLong(request.getParameter("event"))));
        EventQuestion question = new EventQuestion(event, QuestionKind.valueOf(request.getParameter("kind")),
                request.getParameter("textZh"), request.getParameter("textEn"),
                Boolean.parseBoolean(request.getParameter("required")));
        question.setChoicesZh(request.getParameter("choicesZh"));
        question.setChoicesEn(request.getParameter("choicesEn"));
        return String.valueOf(staff.admin(() -> events.addQuestion(question, "fixture")).getId());
    }

    private String event(HttpServletRequest request) {
        String slug = request.getParameter("slug");
        Event event = new Event(slug, "测试学术会议 " + slug, "Test conference " + slug,
                clock.now().plusDays(30).withHour(9).withMinute(0), clock.now().plusDays(30).withHour(17).withMinute(30));
        event.setVenueZh("高新会议中心");
        event.setVenueEn("High-tech Conference Centre");
        String status = request.getParameter("status");
        event.setStatus(status == null ? EventStatus.PUBLISHED : EventStatus.valueOf(status));
        String announcement = request.getParameter("announcement");
        if (announcement != null) {
            event.setAnnouncement(staff.admin(() -> events.article(Long.parseLong(announcement))));
        }
        String report = request.getParameter("report");
        if (report != null) {
            event.setReport(staff.admin(() -> events.article(Long.parseLong(report))));
        }
        String points = request.getParameter("cmePoints");
        if (points != null) {
            event.setCmeCategory(CmeCategory.valueOf(request.getParameter("cmeCategory")));
            event.setCmePoints(new BigDecimal(points));
        }
        Event created = staff.admin(() -> events.create(event, "fixture"));
        String capacity = request.getParameter("capacity");
        RegistrationType type = new RegistrationType(created, "普通代表", "Delegate", new BigDecimal("300.00"),
                capacity == null ? null : Integer.valueOf(capacity));
        RegistrationType added = staff.admin(() -> events.addType(type, "fixture"));
        return created.getId() + " " + added.getId();
    }

    /**
     * lifecycle-run (runs EventLifecycle as its timer does: how many registrations it acted on), clock-hours (?hours=:
     * moves the clock that far ahead of the system's, 0 back; answers the clock's time), event-tomorrow (?slug=,
     * ?capacity=: an event starting tomorrow at 09:00, published, with one type: "eventId typeId"); null for any other.
     */
    private String lifecycle(HttpServletRequest request) {
        return switch (String.valueOf(request.getPathInfo())) {
            case "/lifecycle-run" -> String.valueOf(staff.admin(() -> lifecycle.run()));
            case "/clock-hours" -> {
                clock.adjust(Duration.ofHours(Long.parseLong(request.getParameter("hours"))));
                yield clock.now().toString();
            }
            case "/event-tomorrow" -> {
                String slug = request.getParameter("slug");
                Event event = new Event(slug, "明日会议 " + slug, "Tomorrow's meeting " + slug,
                        clock.now().plusDays(1).withHour(9).withMinute(0), clock.now().plusDays(1).withHour(17).withMinute(0));
                event.setVenueZh("高新会议中心");
                event.setVenueEn("High-tech Conference Centre");
                event.setStatus(EventStatus.PUBLISHED);
                Event created = staff.admin(() -> events.create(event, "fixture"));
                RegistrationType type = staff.admin(() -> events.addType(new RegistrationType(created, "普通代表", "Delegate",
                        BigDecimal.ZERO, Integer.valueOf(request.getParameter("capacity"))), "fixture"));
                yield created.getId() + " " + type.getId();
            }
            default -> null;
        };
    }
}
