package org.association.events;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.MailTesting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registration for an event through the public pages, as readers send it, with the mails in a real SMTP server
 * (GreenMail): both languages, the last place asked for by many at once, one registration per address, the manage
 * link's cancel and the waiting list's offer of the freed place, forged links, the calendar files and the pages' answers.
 */
@ExtendWith(ArquillianExtension.class)
class EventRegistrationIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    private static final Pattern MANAGE_LINK = Pattern.compile("(/(?:en/)?events/manage\\?token=[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aReaderRegistersInChineseAndGetsTheConfirmationWithTheManageLinkAndTheCalendarFile() throws Exception {
        String[] event = event("zh", 10);
        String address = unique("zh");
        HttpResponse<String> registered = register("", event[0], event[1], "王医生", address);
        assertEquals(302, registered.statusCode(), registered.body());
        String manage = location(registered);
        assertTrue(manage.startsWith("/events/manage?token="), manage);

        HttpResponse<String> page = Http.get(manage);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("您的名额已确认") && page.body().contains("王医生"), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));

        MimeMessage mail = SMTP.await(address, 1, SECONDS).get(0);
        assertEquals("报名成功：测试学术会议 " + event[0], MailTesting.subject(mail));
        String text = MailTesting.text(mail);
        assertTrue(text.contains(Browser.baseUrl() + manage), text);
        assertTrue(text.contains(Browser.baseUrl() + "/events/" + event[0] + ".ics"), text);
        assertEquals(address + " CONFIRMED", registrations(event[2]));

        // the calendar file goes with the mail: the event as /events/{slug}.ics serves it
        BodyPart file = calendarFile(mail, event[0]);
        assertTrue(file.isMimeType("text/calendar") && file.getContentType().contains("method=PUBLISH"), file.getContentType());
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        VEvent attached = only(new String(MailTesting.bytes(file), StandardCharsets.UTF_8), "event-" + event[2] + "@");
        assertEquals("测试学术会议 " + event[0], attached.getProperty(Property.SUMMARY).orElseThrow().getValue());
        VEvent served = only(Http.get("/events/" + event[0] + ".ics").body(), "event-" + event[2] + "@");
        assertEquals(served.getProperty(Property.DTSTART).orElseThrow().getValue(),
                attached.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals(LocalTime.of(9, 0), LocalDateTime.ofInstant(Instant.from(attached.getDateTimeStart()
                .getDate()), ZoneId.of("Asia/Shanghai")).toLocalTime().truncatedTo(ChronoUnit.MINUTES),
                "09:00 in the association's zone");
        assertTrue(MailTesting.post("attachments", Map.of("recipient", address)).startsWith(event[0]
                + ".ics | text/calendar; charset=UTF-8; method=PUBLISH | null | " + MailTesting.bytes(file).length),
                "the log lists it with its size");

        // and the check-in code, as text and as the QR code shown in the mail
        Matcher code = Pattern.compile("现场签到码：(\\d+-[A-Z2-7]{16})").matcher(text);
        assertTrue(code.find(), text);
        BodyPart image = MailTesting.files(mail).stream().filter(part -> (event[0] + ".png").equals(MailTesting.fileName(part)))
                .findFirst().orElseThrow();
        assertEquals(Part.INLINE, image.getDisposition());
        assertEquals(code.group(1), qrText(MailTesting.bytes(image)));
    }

    /** The text of the QR code in a PNG, read back with ZXing. */
    private static String qrText(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void aReaderRegistersInEnglishAndIsWrittenToInEnglish() {
        String[] event = event("en", 10);
        String address = unique("en");
        HttpResponse<String> registered = register("/en", event[0], event[1], "Dr Li", address);
        assertEquals(302, registered.statusCode(), registered.body());
        String manage = location(registered);
        assertTrue(manage.startsWith("/en/events/manage?token="), manage);
        assertTrue(Http.get(manage).body().contains("Your place is confirmed."));

        MimeMessage mail = SMTP.await(address, 1, SECONDS).get(0);
        assertEquals("You are registered: Test conference " + event[0], MailTesting.subject(mail));
        assertTrue(MailTesting.text(mail).startsWith("Dear Dr Li,"), MailTesting.text(mail));
    }

    @Test
    void ofEightReadersAskingForTheLastPlaceAtOnceOneGetsItAndSevenWait() throws Exception {
        String[] event = event("last", 1);
        int readers = 8;
        List<FormClient> clients = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            FormClient client = new FormClient();
            client.open("/events/" + event[0]);
            clients.add(client);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                FormClient client = clients.get(i);
                String address = "last" + i + "-" + SERIAL.incrementAndGet() + "@example.org";
                answers.add(threads.submit(() -> {
                    start.await();
                    return client.post("/events/" + event[0], form(event[1], "读者" + address.substring(0, 5), address))
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(302, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> statuses = Arrays.stream(registrations(event[2]).split("\n")).map(line -> line.split(" ")[1]).toList();
        assertEquals(readers, statuses.size());
        assertEquals(1, statuses.stream().filter("CONFIRMED"::equals).count(), statuses.toString());
        assertEquals(readers - 1, statuses.stream().filter("WAITING"::equals).count(), statuses.toString());
        assertEquals("1", taken(event[2]));
    }

    @Test
    void anAddressRegistersOnceAndIsToldBesideTheField() {
        String[] event = event("once", 10);
        String address = unique("once");
        assertEquals(302, register("", event[0], event[1], "张医生", address).statusCode());
        HttpResponse<String> again = register("", event[0], event[1], "张医生", address.toUpperCase());
        assertEquals(200, again.statusCode());
        assertTrue(hasMessage(again.body(), "email"), "the message is the email field's");
        assertTrue(FormClient.errors(again.body()).stream().anyMatch(error -> error.contains("此邮箱已报名本活动")),
                FormClient.errors(again.body()).toString());
        assertEquals(address + " CONFIRMED", registrations(event[2]));
        assertEquals(1, SMTP.await(address, 1, SECONDS).size());
    }

    @Test
    void badInputIsToldBesideItsFieldAndNothingIsStored() {
        String[] event = event("bad", 10);
        FormClient reader = new FormClient();
        reader.open("/events/" + event[0]);
        Map<String, String> form = form(event[1], "", "not-an-address");
        form.put("registration:phone", "abc");
        HttpResponse<String> refused = reader.post("/events/" + event[0], form);
        assertEquals(200, refused.statusCode());
        for (String field : new String[] {"name", "email", "phone"}) {
            assertTrue(hasMessage(refused.body(), field), field + " has its message");
        }
        assertEquals("", registrations(event[2]));
    }

    @Test
    void aCancelByTheManageLinkOffersThePlaceToTheFirstWaitingWhoIsToldByMail() {
        String[] event = event("promote", 1);
        String first = unique("first");
        String second = unique("second");
        String third = unique("third");
        String firstLink = location(register("", event[0], event[1], "第一位", first));
        register("", event[0], event[1], "第二位", second);
        register("", event[0], event[1], "第三位", third);
        assertEquals(first + " CONFIRMED\n" + second + " WAITING\n" + third + " WAITING", registrations(event[2]));
        String secondWaitingLink = link(SMTP.await(second, 1, SECONDS).get(0));

        FormClient reader = new FormClient();
        assertTrue(reader.open(firstLink).body().contains("取消报名"));
        HttpResponse<String> cancelled = reader.post(firstLink, fields("manage", "manage", "manage:cancel", ""));
        assertEquals(302, cancelled.statusCode(), cancelled.body());
        assertTrue(Http.get(firstLink).body().contains("此报名已取消"));

        assertEquals(first + " CANCELLED\n" + second + " OFFERED\n" + third + " WAITING", registrations(event[2]));
        assertEquals("1", taken(event[2]));
        List<MimeMessage> toSecond = SMTP.await(second, 2, SECONDS);
        assertEquals(List.of("已进入候补名单：测试学术会议 " + event[0], "候补名额待您确认：测试学术会议 " + event[0]),
                toSecond.stream().map(MailTesting::subject).toList());
        assertEquals(List.of(), MailTesting.files(toSecond.get(0)), "a place on the waiting list has no calendar file yet");
        assertEquals(List.of(), MailTesting.files(toSecond.get(1)), "an offer has no calendar file until it is confirmed");
        String promotedLink = link(toSecond.get(1));
        assertTrue(Http.get(promotedLink).body().contains("确认我的名额"), "the offer waits for its confirmation");
        assertEquals(404, Http.get(secondWaitingLink).statusCode(), "the waiting list's link was replaced");
        assertEquals(1, SMTP.await(third, 1, SECONDS).size(), "the third still waits, told once");
    }

    @Test
    void aForgedManageLinkShowsNothing() {
        String[] event = event("forged", 10);
        register("", event[0], event[1], "赵医生", unique("forged"));
        for (String token : new String[] {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x", "", "%27%20OR%201%3D1"}) {
            HttpResponse<String> page = Http.get("/events/manage?token=" + token);
            assertEquals(404, page.statusCode(), token);
            assertFalse(page.body().contains("赵医生"), token);
        }
        assertEquals(404, Http.get("/events/manage").statusCode());
    }

    @Test
    void theCalendarFilesReadBackWithIcal4j() throws Exception {
        String[] event = event("ics", 10);
        HttpResponse<String> file = Http.get("/events/" + event[0] + ".ics");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        VEvent zh = only(file.body(), "event-" + event[2] + "@");
        assertEquals("测试学术会议 " + event[0], zh.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("高新会议中心", zh.getProperty(Property.LOCATION).orElseThrow().getValue());
        VEvent en = only(Http.get("/en/events/" + event[0] + ".ics").body(), "event-" + event[2] + "@");
        assertEquals("Test conference " + event[0], en.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(Browser.baseUrl() + "/en/events/" + event[0], en.getProperty(Property.URL).orElseThrow().getValue());

        Calendar all = new CalendarBuilder().build(new StringReader(Http.get("/events.ics").body()));
        List<VEvent> listed = all.getComponents(VEvent.VEVENT);
        assertTrue(listed.stream().anyMatch(one -> one.getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("event-" + event[2] + "@")), "the feed holds the event");
        assertEquals(404, Http.get("/events/no-such-event.ics").statusCode());
    }

    @Test
    void thePublicPagesAnswerInTheirLanguageWithoutASessionAndShowThePlacesLeft() {
        String[] event = event("pages", 3);
        String draft = event("draft", 3, "DRAFT")[0];
        HttpResponse<String> list = Http.get("/events");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("lang=\"zh-CN\"") && list.body().contains("测试学术会议 " + event[0]));
        assertFalse(list.body().contains(draft), "a draft is not listed");
        assertTrue(list.headers().allValues("Set-Cookie").isEmpty(), "no cookie for a reader: " + list.headers().map());
        HttpResponse<String> english = Http.get("/en/events");
        assertTrue(english.body().contains("lang=\"en\"") && english.body().contains("Test conference " + event[0]));
        assertEquals(200, Http.get("/events/past").statusCode());
        assertEquals(200, Http.get("/en/events/past").statusCode());
        assertEquals(404, Http.get("/events/" + draft).statusCode());
        assertEquals(404, Http.get("/events/no-such-event").statusCode());

        HttpResponse<String> page = Http.get("/events/" + event[0]);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no cookie for a reader: " + page.headers().map());
        assertTrue(page.body().contains("剩余 3 个"), "the places left");
        register("", event[0], event[1], "钱医生", unique("pages"));
        assertTrue(Http.get("/events/" + event[0]).body().contains("剩余 2 个"), "the kept page was dropped");
        assertTrue(Http.get("/en/events/" + event[0]).body().contains("2 left"));
    }

    private static String[] event(String name, int capacity) {
        return event(name, capacity, "PUBLISHED");
    }

    /** A new event with one type: its slug, its type's id, its id. */
    private static String[] event(String name, int capacity, String status) {
        String slug = name + "-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", String.valueOf(capacity),
                "status", status)).strip().split(" ");
        return new String[] {slug, ids[1], ids[0]};
    }

    static HttpResponse<String> register(String prefix, String slug, String typeId, String name, String address) {
        FormClient reader = new FormClient();
        reader.open(prefix + "/events/" + slug);
        return reader.post(prefix + "/events/" + slug, form(typeId, name, address));
    }

    /** The registration form's fields as a browser sends them. */
    static Map<String, String> form(String typeId, String name, String address) {
        return fields("registration", "registration", "registration:type_input", typeId, "registration:name", name,
                "registration:email", address, "registration:phone", "028-85123456", "registration:institution", "成都高新医院",
                "registration:memberNumber", "", "registration:submit", "");
    }

    static String registrations(String eventId) {
        return Fixtures.post("event-fixtures", "registrations", Map.of("event", eventId)).strip();
    }

    static String taken(String eventId) {
        return Fixtures.post("event-fixtures", "taken", Map.of("event", eventId)).strip();
    }

    static String location(HttpResponse<String> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + "?" + location.getRawQuery();
    }

    static String link(MimeMessage mail) {
        Matcher link = MANAGE_LINK.matcher(MailTesting.text(mail));
        assertTrue(link.find(), MailTesting.text(mail));
        return link.group(1);
    }

    /** The mail's one file: the event's calendar file, named by its slug. */
    /** The calendar file of a confirmation, which carries it and the check-in code's QR code. */
    private static BodyPart calendarFile(MimeMessage mail, String slug) {
        List<BodyPart> files = MailTesting.files(mail);
        assertEquals(Set.of(slug + ".ics", slug + ".png"), files.stream().map(MailTesting::fileName).collect(Collectors.toSet()));
        return files.stream().filter(file -> (slug + ".ics").equals(MailTesting.fileName(file))).findFirst().orElseThrow();
    }

    private static VEvent only(String text, String uidStart) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        assertTrue(events.get(0).getProperty(Property.UID).orElseThrow().getValue().startsWith(uidStart));
        return events.get(0);
    }

    /** Whether the form's field has an error message beside it (PrimeFaces' p:message of the a:field tag). */
    private static boolean hasMessage(String html, String field) {
        return Pattern.compile("id=\"registration:" + field + "-message\"[^>]*ui-message-error").matcher(html).find();
    }

    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
