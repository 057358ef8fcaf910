package org.association.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
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
 * Change requests in headless Chromium, as MEMBERSHIP staff: the dashboard counts the pending ones and leads to their
 * list; staff open one, see each field as it was and as asked, and approve it, which the member's page then shows;
 * a request someone else decided while the page was open is not decided twice, and the page says so.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeRequestBrowserIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final String PASSPHRASE = "a long passphrase for change requests";

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void staffSeeAPendingRequestInTheBackOfficeAndApproveIt() {
        String name = "林申请" + SERIAL.incrementAndGet();
        String asked = "林新名" + SERIAL.get();
        String member = member(name);
        request(member, "NAME", asked);
        signIn();

        WebDriver page = browser.open("/admin/");
        int pending = Integer.parseInt(page.findElement(By.cssSelector("#pending-change-requests .card-value")).getText());
        assertTrue(pending >= 1, "the dashboard counts the pending request: " + pending);
        browser.submit(By.id("pending-change-requests"));
        assertTrue(page.getCurrentUrl().endsWith("/admin/members/changes.xhtml"), page.getCurrentUrl());
        browser.submit(By.linkText(name));
        String fields = browser.find(By.id("decision:fields")).getText();
        assertTrue(fields.contains(name) && fields.contains(asked), fields);

        browser.click(By.id("decision:approve"));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#requestStatus.status-APPROVED")).isEmpty() ? null
                : Boolean.TRUE);
        browser.open("/admin/members/edit.xhtml?id=" + member);
        assertEquals(asked, browser.find(By.id("member:name")).getAttribute("value"));
    }

    @Test
    void aRequestDecidedMeanwhileIsNotDecidedTwiceAndThePageSaysSo() {
        String name = "许并发" + SERIAL.incrementAndGet();
        String member = member(name);
        String id = request(member, "EMPLOYER", "华西医院");
        signIn();
        browser.open("/admin/members/change.xhtml?id=" + id);
        browser.find(By.id("decision:approve"));
        assertEquals("REJECTED", Fixtures.post("membership-fixtures", "reject", Map.of("id", id, "reason", "另一位同事已处理"))
                .strip());

        browser.click(By.id("decision:approve"));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#requestStatus.status-REJECTED")).isEmpty() ? null
                : Boolean.TRUE);
        String decidedBy = browser.find(By.id("decidedBy")).getText();
        String told = browser.find(By.id("messages")).getText();
        assertTrue(!decidedBy.isEmpty() && told.contains(decidedBy), "the page tells who decided it: " + told);
        assertTrue(Fixtures.post("membership-fixtures", "read", Map.of("member", member)).contains("|成都高新医院|"),
                "the member is unchanged");
    }

    private void signIn() {
        String user = "changes" + SERIAL.incrementAndGet();
        Fixtures.account(user, PASSPHRASE, "MEMBERSHIP");
        StaffLogin.signIn(browser, user, PASSPHRASE);
    }

    private static String member(String name) {
        return Fixtures.post("membership-fixtures", "member", Map.of("name", name, "email", "browser-" + SERIAL.incrementAndGet()
                + "@example.org", "status", "ACTIVE")).strip().split(" ")[0];
    }

    private static String request(String member, String field, String value) {
        return Fixtures.post("membership-fixtures", "request", Map.of("member", member, field, value)).strip();
    }

    /** The EAR as built, and the test module whose MembershipFixtureServlet makes members and their requests. */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }
}
