package org.association.events;

import static org.association.events.EventRegistrationIT.link;
import static org.association.events.EventRegistrationIT.location;
import static org.association.events.EventRegistrationIT.register;
import static org.association.events.EventRegistrationIT.registrations;
import static org.association.events.EventRegistrationIT.taken;
import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.association.testing.Browser;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.MailTesting;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * What happens to registrations as time passes, with the mails in a real SMTP server (GreenMail) and the clock moved
 * ahead: a freed place offered to the first waiting, confirmed on the manage page or passed on when the offer lapses;
 * the reminder of the day before, once however often the job runs; and what staff do on /admin/events in Chromium:
 * cancel an event, which tells everyone registered, and copy one into a new draft.
 */
@ExtendWith(ArquillianExtension.class)
class EventLifecycleIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    /** Past the offer's 48 hours (the default setting), well before the event 30 days ahead. */
    private static final String PAST_THE_OFFER = "49";

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void anOfferNotConfirmedInTimePassesToTheNextWaitingWhoConfirmsIt() {
        String[] event = event(1);
        String first = unique("first");
        String second = unique("second");
        String third = unique("third");
        String firstLink = location(register("", event[0], event[1], "第一位", first));
        register("", event[0], event[1], "第二位", second);
        register("", event[0], event[1], "第三位", third);
        cancel(firstLink);

        assertEquals(first + " CANCELLED\n" + second + " OFFERED\n" + third + " WAITING", registrations(event[2]));
        assertEquals("1", taken(event[2]), "the offer holds the place");
        MimeMessage offer = SMTP.await(second, 2, SECONDS).get(1);
        assertEquals("候补名额待您确认：测试学术会议 " + event[0], MailTesting.subject(offer));
        assertTrue(MailTesting.text(offer).contains("该名额为您保留至 "), MailTesting.text(offer));
        String secondLink = link(offer);
        assertTrue(Http.get(secondLink).body().contains("确认我的名额"));

        // other classes' offers on this server may lapse with it
        assertTrue(Integer.parseInt(afterTheOffer(() -> Fixtures.post("event-fixtures", "lifecycle-run", Map.of()).strip()))
                >= 1);
        assertEquals(first + " CANCELLED\n" + second + " CANCELLED\n" + third + " OFFERED", registrations(event[2]));
        assertEquals("1", taken(event[2]));
        String secondPage = Http.get(secondLink).body();
        assertTrue(secondPage.contains("此报名已取消") && !secondPage.contains("确认我的名额"), "the lapsed offer is gone");

        List<MimeMessage> toThird = SMTP.await(third, 2, SECONDS);
        String thirdLink = link(toThird.get(1));
        FormClient reader = new FormClient();
        assertTrue(reader.open(thirdLink).body().contains("确认我的名额"));
        HttpResponse<String> confirmed = reader.post(thirdLink, fields("manage", "manage", "manage:confirm", ""));
        assertEquals(302, confirmed.statusCode(), confirmed.body());
        assertTrue(Http.get(thirdLink).body().contains("您的名额已确认"));
        assertEquals(first + " CANCELLED\n" + second + " CANCELLED\n" + third + " CONFIRMED", registrations(event[2]));
        assertEquals("1", taken(event[2]));
        MimeMessage confirmation = SMTP.await(third, 3, SECONDS).get(2);
        assertEquals("报名成功：测试学术会议 " + event[0], MailTesting.subject(confirmation));
        assertTrue(MailTesting.text(confirmation).contains(Browser.baseUrl() + thirdLink), MailTesting.text(confirmation));
        assertEquals(2, SMTP.await(second, 2, SECONDS).size(), "nothing more to the second");
    }

    @Test
    void aLapsedOfferIsNoLongerConfirmedAndWithNobodyWaitingThePlaceGoesBack() {
        String[] event = event(1);
        String first = unique("alone");
        String second = unique("late");
        String firstLink = location(register("/en", event[0], event[1], "Dr First", first));
        register("/en", event[0], event[1], "Dr Late", second);
        cancel(firstLink);
        MimeMessage offer = SMTP.await(second, 2, SECONDS).get(1);
        assertEquals("A place is offered to you: Test conference " + event[0], MailTesting.subject(offer));
        String secondLink = link(offer);
        FormClient reader = new FormClient();
        assertTrue(reader.open(secondLink).body().contains("Confirm my place"));

        afterTheOffer(() -> {
            HttpResponse<String> late = reader.post(secondLink, fields("manage", "manage", "manage:confirm", ""));
            assertEquals(200, late.statusCode());
            assertTrue(late.body().contains("The offer of this place has lapsed."), late.body());
            assertEquals(first + " CANCELLED\n" + second + " OFFERED", registrations(event[2]));
            return Fixtures.post("event-fixtures", "lifecycle-run", Map.of());
        });
        assertEquals(first + " CANCELLED\n" + second + " CANCELLED", registrations(event[2]));
        assertEquals("0", taken(event[2]), "the place went back to the type");
        assertEquals("0", Fixtures.post("event-fixtures", "lifecycle-run", Map.of()).strip(), "nothing left to pass on");
    }

    @Test
    void theDayBeforeEachConfirmedPersonIsRemindedOnceInTheirLanguageHoweverOftenTheJobRuns() throws Exception {
        String slug = "tomorrow-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event-tomorrow", Map.of("slug", slug, "capacity", "2")).strip()
                .split(" ");
        String chinese = unique("remind-zh");
        String english = unique("remind-en");
        String waiting = unique("remind-waiting");
        register("", slug, ids[1], "钱医生", chinese);
        register("/en", slug, ids[1], "Dr Qian", english);
        register("", slug, ids[1], "孙医生", waiting);
        assertEquals(chinese + " CONFIRMED\n" + english + " CONFIRMED\n" + waiting + " WAITING", registrations(ids[0]));

        Fixtures.post("event-fixtures", "lifecycle-run", Map.of());
        assertEquals("0", Fixtures.post("event-fixtures", "lifecycle-run", Map.of()).strip(), "the second run finds them sent");

        MimeMessage zh = SMTP.await(chinese, 2, SECONDS).get(1);
        assertEquals("明天举行：明日会议 " + slug, MailTesting.subject(zh));
        assertTrue(MailTesting.text(zh).contains("活动页面：" + Browser.baseUrl() + "/events/" + slug), MailTesting.text(zh));
        assertTrue(MailTesting.text(zh).contains(Browser.baseUrl() + "/events/" + slug + ".ics"), MailTesting.text(zh));
        MimeMessage en = SMTP.await(english, 2, SECONDS).get(1);
        assertEquals("Tomorrow: Tomorrow's meeting " + slug, MailTesting.subject(en));
        assertTrue(MailTesting.text(en).contains("The event's page: " + Browser.baseUrl() + "/en/events/" + slug),
                MailTesting.text(en));

        Thread.sleep(15_000); // more than a turn of the sender: a second reminder would have arrived by now
        assertEquals(2, SMTP.to(chinese).size());
        assertEquals(2, SMTP.to(english).size());
        assertEquals(1, SMTP.to(waiting).size(), "the waiting list is not reminded");
    }

    @Test
    void staffCancelTheEventWithAReasonAndEveryoneStillRegisteredIsToldAndThePlacesGoBack() {
        String[] event = event(2);
        String confirmed = unique("told-confirmed");
        String leaving = unique("told-leaving");
        String offered = unique("told-offered");
        String waiting = unique("told-waiting");
        register("", event[0], event[1], "周医生", confirmed);
        String leavingLink = location(register("", event[0], event[1], "吴医生", leaving));
        register("", event[0], event[1], "郑医生", offered);
        register("", event[0], event[1], "王医生", waiting);
        cancel(leavingLink);
        assertEquals(confirmed + " CONFIRMED\n" + leaving + " CANCELLED\n" + offered + " OFFERED\n" + waiting + " WAITING",
                registrations(event[2]));
        SMTP.await(offered, 2, SECONDS);

        StaffLogin.signInAsAdmin(browser);
        WebDriver page = browser.open("/admin/events/edit.xhtml?id=" + event[2]);
        page.findElement(By.id("cancelEvent:cancellationReason")).sendKeys("会场因故无法使用");
        browser.submit(By.id("cancelEvent:cancel"));
        assertTrue(page.findElements(By.id("cancelEvent")).isEmpty(), "cancelled once");

        assertEquals(confirmed + " CANCELLED\n" + leaving + " CANCELLED\n" + offered + " CANCELLED\n" + waiting + " CANCELLED",
                registrations(event[2]));
        assertEquals("0", taken(event[2]));
        for (String address : new String[] {confirmed, offered, waiting}) {
            List<MimeMessage> mails = SMTP.await(address, address.equals(offered) ? 3 : 2, SECONDS);
            MimeMessage last = mails.get(mails.size() - 1);
            assertEquals("活动取消通知：测试学术会议 " + event[0], MailTesting.subject(last), address);
            assertTrue(MailTesting.text(last).contains("取消原因：会场因故无法使用"), MailTesting.text(last));
        }
        assertEquals(1, SMTP.to(leaving).size(), "who had cancelled is not written to again");

        String publicPage = Http.get("/events/" + event[0]).body();
        assertTrue(publicPage.contains("本活动已取消") && publicPage.contains("会场因故无法使用"), "the page says so");
        assertFalse(publicPage.contains("registration:submit"), "registration is closed");
    }

    @Test
    void staffCopyAnEventIntoANewDraftWithItsTypesAndNoPlaceTaken() {
        String[] event = event(5);
        register("", event[0], event[1], "冯医生", unique("copied"));
        StaffLogin.signInAsAdmin(browser);

        String copy = copy(event[0]);
        assertEquals(event[0] + "-copy", copy);
        WebDriver page = browser.driver();
        assertEquals("测试学术会议 " + event[0], page.findElement(By.id("event:titleZh")).getAttribute("value"));
        String types = page.findElement(By.id("types:list")).getText();
        assertTrue(types.contains("普通代表 / Delegate") && types.contains("300.00"), types);
        assertEquals(404, Http.get("/events/" + copy).statusCode(), "a copy is a draft");
        assertEquals("1", taken(event[2]), "the original keeps its registration");

        assertEquals(event[0] + "-copy-2", copy(event[0]), "a second copy gets an address of its own");
    }

    /** Copies the event with that address on /admin/events/ and answers the copy's address, read in its editor. */
    private String copy(String slug) {
        WebDriver page = browser.open("/admin/events/");
        browser.submit(browser.find(By.xpath("//tr[td/a[normalize-space(.)='测试学术会议 " + slug + "']]"
                + "//button[contains(@id, ':copy')]")));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("edit.xhtml?id=") ? Boolean.TRUE : null);
        String copied = page.findElement(By.id("event:slug")).getAttribute("value");
        assertEquals("DRAFT", page.findElement(By.cssSelector("[id='event:status_input'] option[selected]"))
                .getAttribute("value"), "a draft");
        return copied;
    }

    /**
     * Runs the work with the clock past an offer's deadline and sends the mails it queued (dated then, so not yet due
     * by the clock put back), then puts the clock back.
     */
    private static String afterTheOffer(Supplier<String> work) {
        Fixtures.post("event-fixtures", "clock-hours", Map.of("hours", PAST_THE_OFFER));
        try {
            String answer = work.get();
            MailTesting.post("send", Map.of());
            return answer;
        } finally {
            Fixtures.post("event-fixtures", "clock-hours", Map.of("hours", "0"));
        }
    }

    private static void cancel(String manageLink) {
        FormClient reader = new FormClient();
        reader.open(manageLink);
        assertEquals(302, reader.post(manageLink, fields("manage", "manage", "manage:cancel", "")).statusCode());
    }

    /** A new published event 30 days ahead with one type: its slug, its type's id, its id. */
    private static String[] event(int capacity) {
        String slug = "offer-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", String.valueOf(capacity),
                "status", "PUBLISHED")).strip().split(" ");
        return new String[] {slug, ids[1], ids[0]};
    }

    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
