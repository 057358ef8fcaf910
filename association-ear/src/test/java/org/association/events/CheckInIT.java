package org.association.events;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.MailTesting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Check-in at the desk, as staff's phones send it (PrimeFaces ajax posts of the check-in page): by the code the
 * confirmation mail carries (GreenMail); two staff posting one code at the same moment check it in once, with one
 * audit entry, and the other is told by whom; a forged or altered code finds nothing; a walk-in takes a place of the
 * type under its capacity and is checked in at once; staff without an events role have no desk.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    private static final String PASSPHRASE = "a long passphrase for the desk";
    private static final Pattern CODE = Pattern.compile("现场签到码：(\\d+-[A-Z2-7]{16})");
    private static final Pattern ALREADY = Pattern.compile("已于 \\d\\d:\\d\\d 由 (\\S+) 签到");

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void theCodeInTheConfirmationChecksThePersonInOnceAndPrefillsTheAttendance() {
        String[] event = event("code", 10);
        String address = unique("code");
        String code = registerAndReadCode(event, "王签到", address);
        String user = staff("EVENTS");
        FormClient desk = desk(user, event);

        String answer = byCode(desk, event, code.toLowerCase());
        assertTrue(answer.contains("已签到：王签到"), answer);
        assertTrue(answer.contains(">1 / 1<"), "the count follows: " + answer);
        assertEquals(address + " " + user + " true", checkIns(event), "checked in, and presumed to have attended");

        String again = byCode(desk, event, code);
        Matcher already = ALREADY.matcher(again);
        assertTrue(already.find(), again);
        assertEquals(user, already.group(1));
        assertEquals(user, audit(event, address, "checked in"), "one audit entry, by who checked in");
    }

    @Test
    void staffConfirmTheAttendanceFromTheCheckInsAndAnUntickStands() {
        String[] event = event("attend", 10);
        String present = unique("present");
        String untick = unique("untick");
        String absent = unique("absent");
        FormClient desk = desk(staff("EVENTS"), event);
        byCode(desk, event, registerAndReadCode(event, "钱出席", present));
        byCode(desk, event, registerAndReadCode(event, "孙取消", untick));
        registerAndReadCode(event, "李未到", absent);
        Fixtures.post("event-fixtures", "attend", Map.of("event", event[2], "email", untick, "attended", "false"));
        assertTrue(checkIns(event).contains(untick + " "), checkIns(event));
        assertTrue(checkIns(event).lines().filter(line -> line.startsWith(untick + " "))
                        .allMatch(line -> line.endsWith(" false")),
                "an untick of someone checked in stays: " + checkIns(event));

        assertEquals("1", Fixtures.post("event-fixtures", "attend-from-check-ins", Map.of("event", event[2])).strip());
        String attendance = Fixtures.post("event-fixtures", "attendance", Map.of("event", event[2])).strip();
        assertTrue(attendance.contains(present + " true") && attendance.contains(untick + " false")
                && attendance.contains(absent + " false"), attendance);
        assertEquals("0", Fixtures.post("event-fixtures", "attend-from-check-ins", Map.of("event", event[2])).strip(),
                "done once");
    }

    @Test
    void twoStaffCheckingInOneCodeAtTheSameMomentCheckItInOnce() throws Exception {
        String[] event = event("race", 10);
        String address = unique("race");
        String code = registerAndReadCode(event, "李同时", address);
        String first = staff("EVENTS");
        String second = staff("MEMBERSHIP");
        List<FormClient> desks = List.of(desk(first, event), desk(second, event));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService phones = Executors.newFixedThreadPool(2);
        List<String> answers = new ArrayList<>();
        try {
            List<Future<String>> posted = new ArrayList<>();
            for (FormClient desk : desks) {
                posted.add(phones.submit(() -> {
                    start.await();
                    return byCode(desk, event, code);
                }));
            }
            start.countDown();
            for (Future<String> answer : posted) {
                answers.add(answer.get(SECONDS, TimeUnit.SECONDS));
            }
        } finally {
            phones.shutdownNow();
        }

        List<String> done = answers.stream().filter(answer -> answer.contains("已签到：李同时")).toList();
        assertEquals(1, done.size(), "exactly one check-in: " + answers);
        String winner = checkIns(event).split(" ")[1];
        assertTrue(winner.equals(first) || winner.equals(second), winner);
        String loser = answers.stream().filter(answer -> !answer.contains("已签到：李同时")).findFirst().orElseThrow();
        Matcher already = ALREADY.matcher(loser);
        assertTrue(already.find(), loser);
        assertEquals(winner, already.group(1), "the other phone is told who checked the person in");
        assertEquals(winner, audit(event, address, "checked in"), "one audit entry");
    }

    @Test
    void aForgedOrAlteredCodeFindsNothing() {
        String[] event = event("forged", 10);
        String address = unique("forged");
        String code = registerAndReadCode(event, "赵伪造", address);
        String[] other = event("other", 10);
        String elsewhere = registerAndReadCode(other, "钱别处", unique("other"));
        String id = code.substring(0, code.indexOf('-'));
        String mac = code.substring(code.indexOf('-') + 1);
        char last = mac.charAt(mac.length() - 1);
        FormClient desk = desk(staff("EVENTS"), event);
        for (String forged : new String[] {id + "-" + mac.substring(0, 15) + (last == 'A' ? 'B' : 'A'),
            (Long.parseLong(id) + 1) + "-" + mac, id + "-AAAAAAAAAAAAAAAA", id, elsewhere, "' OR 1=1 --"}) {
            String answer = byCode(desk, event, forged);
            assertTrue(answer.contains("本活动没有此签到码的报名。"), forged + ": " + answer);
        }
        assertEquals(address + " - false", checkIns(event), "nobody checked in");
        assertEquals("", audit(event, address, "checked in"));
    }

    @Test
    void aWalkInTakesAPlaceAndIsCheckedInUntilTheTypeIsFull() {
        String[] event = event("walkin", 2);
        String reader = unique("reader");
        registerAndReadCode(event, "孙读者", reader);
        String user = staff("EVENTS");
        FormClient desk = desk(user, event);

        String twice = walkIn(desk, event, "孙读者", reader);
        assertTrue(twice.contains("此邮箱已报名本活动"), twice);
        assertEquals("1", Fixtures.post("event-fixtures", "taken", Map.of("event", event[2])).strip(), "the place went back");

        String walkIn = unique("walkin");
        String answer = walkIn(desk, event, "周现场", walkIn);
        assertTrue(answer.contains("已报名并签到：周现场"), answer);
        assertTrue(answer.contains(">1 / 2<"), "the count follows: " + answer);
        assertEquals("2", Fixtures.post("event-fixtures", "taken", Map.of("event", event[2])).strip());
        assertEquals(reader + " CONFIRMED\n" + walkIn + " CONFIRMED", registrations(event));
        assertTrue(checkIns(event).contains(walkIn + " " + user + " true"), checkIns(event));
        assertEquals(user, audit(event, walkIn, "created"), "audited as made at the desk");
        MimeMessage mail = SMTP.await(walkIn, 1, SECONDS).get(0);
        assertEquals("报名成功：测试学术会议 " + event[0], MailTesting.subject(mail));

        String full = walkIn(desk, event, "吴满员", unique("full"));
        assertTrue(full.contains("此类别已无名额。"), full);
        assertEquals("2", Fixtures.post("event-fixtures", "taken", Map.of("event", event[2])).strip());
        assertEquals(reader + " CONFIRMED\n" + walkIn + " CONFIRMED", registrations(event), "no one more");
    }

    @Test
    void anEditorHasNoDesk() {
        String[] event = event("editor", 10);
        FormClient editor = FormClient.signedIn(staff("EDITOR"), PASSPHRASE);
        assertEquals(404, editor.open(page(event)).statusCode(), "a refused page looks like a missing one");
        assertEquals(404, editor.get("/admin/events/" + event[2] + "/check-in").statusCode(), "and so does the desk's address");
    }

    @Test
    void theDesksAddressLeadsToTheEventsCheckInPage() {
        String[] event = event("address", 10);
        HttpResponse<String> desk = FormClient.signedIn(staff("EVENTS"), PASSPHRASE)
                .get("/admin/events/" + event[2] + "/check-in");
        assertEquals(302, desk.statusCode());
        assertTrue(desk.headers().firstValue("Location").orElseThrow().endsWith("/admin/events/check-in.xhtml?id=" + event[2]),
                desk.headers().map().toString());
    }

    /** A new published event with one type of that many places: its slug, its type's id, its id. */
    private static String[] event(String name, int capacity) {
        String slug = "checkin-" + name + "-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", String.valueOf(capacity)))
                .strip().split(" ");
        return new String[] {slug, ids[1], ids[0]};
    }

    /** Registers on the public form and answers the check-in code of the confirmation mail. */
    private static String registerAndReadCode(String[] event, String name, String address) {
        FormClient reader = new FormClient();
        reader.open("/events/" + event[0]);
        assertEquals(302, reader.post("/events/" + event[0], EventRegistrationIT.form(event[1], name, address)).statusCode());
        String text = MailTesting.text(SMTP.await(address, 1, SECONDS).get(0));
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), text);
        return code.group(1);
    }

    private static String staff(String role) {
        String user = "desk" + SERIAL.incrementAndGet();
        Fixtures.account(user, PASSPHRASE, role);
        return user;
    }

    /** A member of staff with the event's check-in page open. */
    private static FormClient desk(String user, String[] event) {
        FormClient desk = FormClient.signedIn(user, PASSPHRASE);
        assertEquals(200, desk.open(page(event)).statusCode());
        return desk;
    }

    private static String byCode(FormClient desk, String[] event, String code) {
        HttpResponse<String> answer = desk.ajax(page(event), "code", "code:checkIn", fields("code:text", code,
                "jakarta.faces.partial.execute", "code", "jakarta.faces.partial.render", "code:text outcome count:value"));
        assertEquals(200, answer.statusCode());
        return FormClient.unescape(answer.body());
    }

    private static String walkIn(FormClient desk, String[] event, String name, String address) {
        HttpResponse<String> answer = desk.ajax(page(event), "walkin", "walkin:register", fields("walkin:name", name,
                "walkin:phone", "028-85123456", "walkin:email", address, "walkin:institution", "成都高新医院",
                "walkin:type_input", event[1], "jakarta.faces.partial.render", "walkin outcome count:value"));
        assertEquals(200, answer.statusCode());
        return FormClient.unescape(answer.body());
    }

    private static String page(String[] event) {
        return "/admin/events/check-in.xhtml?id=" + event[2];
    }

    private static String checkIns(String[] event) {
        return Fixtures.post("event-fixtures", "check-ins", Map.of("event", event[2])).strip();
    }

    private static String registrations(String[] event) {
        return Fixtures.post("event-fixtures", "registrations", Map.of("event", event[2])).strip();
    }

    private static String audit(String[] event, String address, String action) {
        return Fixtures.post("event-fixtures", "audit", Map.of("event", event[2], "email", address, "action", action))
                .strip();
    }

    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
