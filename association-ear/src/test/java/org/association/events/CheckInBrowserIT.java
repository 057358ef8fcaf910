package org.association.events;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.MailTesting;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The check-in desk in headless Chromium the size of a phone: staff find a person by part of the name and check them
 * in with one tap, check the next one in by typing the code from the mail (Enter, as a hand scanner ends it), and see
 * the count follow, also when another phone checks someone in.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInBrowserIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    private static final String PASSPHRASE = "a long passphrase for the other phone";
    private static final Pattern CODE = Pattern.compile("现场签到码：(\\d+-[A-Z2-7]{16})");

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void staffOnAPhoneFindAPersonByNameAndCheckThemInWithOneTapAndTheCountFollows() {
        String slug = "desk-" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", "5")).strip().split(" ");
        register(slug, ids[1], "张签到", unique("tap"));
        String typed = register(slug, ids[1], "李扫码", unique("typed"));
        String elsewhere = register(slug, ids[1], "王另一台", unique("elsewhere"));

        StaffLogin.signInAsAdmin(browser);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        WebDriver page = browser.open("/admin/events/check-in.xhtml?id=" + ids[0]);
        assertEquals("0 / 3", page.findElement(By.id("count:value")).getText());

        page.findElement(By.id("search:query")).sendKeys("张签");
        browser.find(By.id("search:found:0:checkIn"));
        // the search runs as one types: the last answer is the one to tap in
        browser.waitForAjax();
        WebElement button = browser.find(By.id("search:found:0:checkIn"));
        assertEquals(1, page.findElements(By.className("check-in-row")).size(), "only who matches");
        assertTrue(button.getSize().getHeight() >= 44, "a target for a thumb: " + button.getSize());
        assertTrue((Boolean) ((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"), "nothing wider than the phone");
        browser.click(button);
        assertEquals("Checked in: 张签到", page.findElement(By.id("outcome")).getText());
        assertEquals("1 / 3", page.findElement(By.id("count:value")).getText());
        assertTrue(page.findElement(By.id("search:results")).getText().contains("by admin"),
                page.findElement(By.id("search:results")).getText());
        assertTrue(page.findElements(By.id("search:found:0:checkIn")).isEmpty(), "no second tap");

        page.findElement(By.id("code:text")).sendKeys(typed + Keys.ENTER);
        browser.waitUntil(driver -> driver.findElement(By.id("outcome")).getText().equals("Checked in: 李扫码")
                ? Boolean.TRUE : null);
        assertEquals("2 / 3", page.findElement(By.id("count:value")).getText());
        assertEquals("", page.findElement(By.id("code:text")).getAttribute("value"), "ready for the next code");

        checkInOnAnotherPhone(ids[0], elsewhere);
        browser.waitUntil(driver -> driver.findElement(By.id("count:value")).getText().equals("3 / 3") ? Boolean.TRUE : null);
    }

    private static void checkInOnAnotherPhone(String eventId, String code) {
        String user = "phone" + SERIAL.incrementAndGet();
        Fixtures.account(user, PASSPHRASE, "EVENTS");
        FormClient phone = FormClient.signedIn(user, PASSPHRASE);
        String page = "/admin/events/check-in.xhtml?id=" + eventId;
        phone.open(page);
        assertEquals(200, phone.ajax(page, "code", "code:checkIn", fields("code:text", code)).statusCode());
    }

    /** Registers on the public form; answers the check-in code of the confirmation mail. */
    private static String register(String slug, String typeId, String name, String address) {
        FormClient reader = new FormClient();
        reader.open("/events/" + slug);
        assertEquals(302, reader.post("/events/" + slug, EventRegistrationIT.form(typeId, name, address)).statusCode());
        String text = MailTesting.text(SMTP.await(address, 1, SECONDS).get(0));
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), text);
        return code.group(1);
    }

    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
