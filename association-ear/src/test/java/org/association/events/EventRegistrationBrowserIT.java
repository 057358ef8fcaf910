package org.association.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.RegistrationForm;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Events in headless Chromium: a reader is told what to correct beside each field, then registers and sees the
 * confirmation; staff read the places and the waiting list, raise a capacity, correct a registration in its dialog
 * (told beside the field what to correct), record its payment, export the table and cancel the registration.
 */
@ExtendWith(ArquillianExtension.class)
class EventRegistrationBrowserIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void aReaderIsToldWhatToCorrectBesideTheFieldThenRegistersAndSeesTheConfirmation() {
        String slug = "browser-" + SERIAL.incrementAndGet();
        Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", "5", "status", "PUBLISHED"));

        RegistrationForm form = RegistrationForm.open(browser, "/en/events/" + slug).submit();
        assertEquals("Please fill this in.", form.message("name"));
        assertEquals("Please fill this in.", form.message("type"));

        form = RegistrationForm.open(browser, "/en/events/" + slug).type("Delegate · ¥300 · 5 left")
                .fill("Dr Browser", "not-an-address", "028-85123456", "Chengdu High-tech Hospital").submit();
        assertTrue(!form.message("email").isEmpty(), "the address is refused beside its field");
        assertEquals("", form.message("name"));

        String address = "browser-" + SERIAL.incrementAndGet() + "@example.org";
        form = RegistrationForm.open(browser, "/en/events/" + slug).type("Delegate · ¥300 · 5 left")
                .fill("Dr Browser", address, "028-85123456", "Chengdu High-tech Hospital").submit();
        assertEquals("Your place is confirmed.", form.status());
        assertEquals("Dr Browser", form.registeredName());
        assertTrue(browser.driver().getCurrentUrl().contains("/en/events/manage?token="), browser.driver().getCurrentUrl());
    }

    @Test
    void staffSeeThePlacesAndTheWaitingListAndARaisedCapacityOffersAPlaceToTheFirstWaiting() {
        String slug = "staff-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", "1", "status", "PUBLISHED"))
                .strip().split(" ");
        String first = "staff-first-" + SERIAL.incrementAndGet() + "@example.org";
        String waiting = "staff-waiting-" + SERIAL.incrementAndGet() + "@example.org";
        for (String address : new String[] {first, waiting}) {
            FormClient reader = new FormClient();
            reader.open("/events/" + slug);
            assertEquals(302, reader.post("/events/" + slug, EventRegistrationIT.form(ids[1], "Reader", address)).statusCode());
        }

        StaffLogin.signInAsAdmin(browser);
        WebDriver page = browser.open("/admin/events/registrations.xhtml?id=" + ids[0]);
        List<String> counts = page.findElements(By.cssSelector("[id='registrations:counts'] tbody td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("普通代表", "1", "1", "1"), counts, "capacity, taken, waiting");
        browser.choose("registrations:status", "waiting list");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("[id='registrations:list'] tbody tr")).size() == 1
                ? Boolean.TRUE : null);
        assertTrue(page.findElement(By.id("registrations:list")).getText().contains(waiting));

        page = browser.open("/admin/events/edit.xhtml?id=" + ids[0]);
        browser.click(By.id("types:list:0:edit"));
        browser.waitUntil(driver -> driver.findElements(By.id("types:capacity")).isEmpty() ? null : Boolean.TRUE);
        BrowserSession.retype(page.findElement(By.id("types:capacity")), "2");
        browser.click(By.id("types:saveType"));
        browser.waitUntil(driver -> driver.findElements(By.id("types:capacity")).isEmpty() ? Boolean.TRUE : null);
        assertEquals(first + " CONFIRMED\n" + waiting + " OFFERED",
                Fixtures.post("event-fixtures", "registrations", Map.of("event", ids[0])).strip());
        assertTrue(browser.open("/admin/events/").findElement(By.id("events:list")).getText().contains("测试学术会议 " + slug));
    }

    @Test
    void staffCorrectARegistrationInItsDialogRecordItsPaymentExportTheTableAndCancelIt() {
        String slug = "dialog-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event",
                Map.of("slug", slug, "capacity", "5", "status", "PUBLISHED")).strip().split(" ");
        String address = "dialog-" + SERIAL.incrementAndGet() + "@example.org";
        FormClient reader = new FormClient();
        reader.open("/events/" + slug);
        assertEquals(302, reader.post("/events/" + slug, EventRegistrationIT.form(ids[1], "Reader", address)).statusCode());

        StaffLogin.signInAsAdmin(browser);
        WebDriver page = browser.open("/admin/events/registrations.xhtml?id=" + ids[0]);
        assertTrue(page.findElement(By.id("registrations:list")).getText().contains("0.00 / 300.00"), "nothing paid yet");
        browser.click(By.id("registrations:list:0:edit"));
        browser.waitUntil(driver -> driver.findElement(By.id("registration:name")).isDisplayed() ? Boolean.TRUE : null);
        BrowserSession.retype(page.findElement(By.id("registration:name")), "Dr Corrected");
        BrowserSession.retype(page.findElement(By.id("registration:phone")), "abc");
        browser.click(By.id("registration:save"));
        browser.waitUntil(driver -> driver.findElement(By.id("registration:phone-message")).getText().isEmpty() ? null
                : Boolean.TRUE);
        assertTrue(page.findElement(By.id("registration:editDialog")).isDisplayed(), "the dialog stays open to correct");
        assertTrue(page.findElement(By.id("registrations:list")).getText().contains("Reader"), "nothing saved yet");

        BrowserSession.retype(page.findElement(By.id("registration:phone")), "13812345678");
        browser.click(By.id("registration:save"));
        browser.waitUntil(driver -> driver.findElement(By.id("registrations:list")).getText().contains("Dr Corrected")
                ? Boolean.TRUE : null);
        browser.waitUntil(driver -> driver.findElement(By.id("registration:editDialog")).isDisplayed() ? null : Boolean.TRUE);
        assertTrue(page.findElement(By.id("registrations:list")).getText().contains("13812345678"));

        browser.click(By.id("registrations:list:0:pay"));
        browser.waitUntil(driver -> driver.findElement(By.id("registration:amount")).isDisplayed() ? Boolean.TRUE : null);
        BrowserSession.retype(page.findElement(By.id("registration:amount")), "300");
        BrowserSession.retype(page.findElement(By.id("registration:reference")), "BANK-" + ids[0]);
        browser.click(By.id("registration:record"));
        browser.waitUntil(driver -> driver.findElement(By.id("registrations:list")).getText().contains("300.00 / 0.00")
                ? Boolean.TRUE : null);
        assertTrue(page.findElement(By.id("registration:payments")).getText().contains("BANK-" + ids[0]),
                page.findElement(By.id("registration:payments")).getText());

        BrowserSession.retype(page.findElement(By.id("registration:amount")), "300");
        BrowserSession.retype(page.findElement(By.id("registration:reference")), "BANK-" + ids[0]);
        browser.click(By.id("registration:record"));
        browser.waitUntil(driver -> driver.findElement(By.id("registration:reference-message")).getText().isEmpty() ? null
                : Boolean.TRUE);
        assertTrue(page.findElement(By.id("registrations:list")).getText().contains("300.00 / 0.00"), "recorded once");

        String session = "JSESSIONID=" + page.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> csv = Http.getBytes("/admin/events/registrations/export?id=" + ids[0] + "&format=csv",
                "Cookie", session);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Dr Corrected") && text.contains(",300.00,300.00,0.00,"), text);

        page = browser.open("/admin/events/registrations.xhtml?id=" + ids[0]);
        browser.click(By.id("registrations:list:0:cancel"));
        browser.waitUntil(driver -> driver.findElement(By.id("registration:cancelReason")).isDisplayed() ? Boolean.TRUE : null);
        page.findElement(By.id("registration:cancelReason")).sendKeys("asked by phone");
        browser.click(By.id("registration:confirmCancel"));
        browser.waitUntil(driver -> driver.findElements(By.id("registrations:list:0:cancel")).isEmpty() ? Boolean.TRUE : null);
        assertEquals(address + " CANCELLED", Fixtures.post("event-fixtures", "registrations", Map.of("event", ids[0])).strip());
    }
}
