package org.association.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Staff's side of dues in headless Chromium: on an invoice's page they record a transfer with the voucher's photo,
 * which leaves the member's paid-up-until as it is, confirm it, which pays the invoice and moves it, and record the
 * fiscal receipt's number; the report shows the period with its chart. Only dues staff reach those pages.
 */
@ExtendWith(ArquillianExtension.class)
class DuesBrowserIT {

    /** A year of this test's own, past those of the other dues tests. */
    private static final int YEAR = 9000 + new SecureRandom().nextInt(900);
    private static final String PASSPHRASE = "a long passphrase for the dues officer";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @TempDir
    Path files;

    @Test
    void staffRecordATransferWithItsVoucherConfirmItAndSeeThePeriodInTheReport() throws IOException {
        String[] invoice = Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(YEAR), "name",
                "浏览器会员" + YEAR, "amount", "300.00")).strip().split(" ");
        Path voucher = files.resolve("电子回单.png");
        Files.write(voucher, DuesIT.png());

        StaffLogin.signInAsAdmin(browser);
        WebDriver page = browser.open("/admin/dues/invoice.xhtml?id=" + invoice[0]);
        assertEquals(invoice[1], page.findElement(By.id("reference")).getText());
        assertTrue(page.findElement(By.id("account")).getText().contains("1234 5678 9012 3456 789"),
                page.findElement(By.id("account")).getText());
        assertEquals("300.00", page.findElement(By.id("outstanding")).getText());

        assertEquals("300.00", page.findElement(By.id("payment:amount")).getAttribute("value"), "the outstanding amount");
        page.findElement(By.id("payment:reference")).sendKeys("BANK-" + YEAR);
        page.findElement(By.cssSelector("#payment input[type=file]")).sendKeys(voucher.toString());
        browser.submit(By.id("payment:record"));
        assertEquals("Waiting for confirmation", browser.find(By.id("payments:list:0:state")).getText());
        assertEquals("电子回单.png", page.findElement(By.cssSelector("#payments .voucher-link")).getText());
        assertEquals("300.00 RECORDED false 电子回单.png null", payments(invoice[0]));
        assertEquals((YEAR - 1) + "-12-31", paidUpUntil(invoice[2]), "a recorded payment moves nothing");

        browser.click(By.id("payments:list:0:confirm"));
        assertEquals("Confirmed", browser.find(By.id("payments:list:0:state")).getText());
        assertEquals("Paid", page.findElement(By.id("status")).getText());
        assertEquals("0.00", page.findElement(By.id("outstanding")).getText());
        assertEquals(YEAR + "-12-31", paidUpUntil(invoice[2]), "the confirmation paid the invoice");

        browser.choose("receipt:receiptPayment", page.findElement(By.id("payment:paidOn_input")).getAttribute("value")
                + " 300.00 BANK-" + YEAR);
        page.findElement(By.id("receipt:receiptNumber")).sendKeys("川财0077");
        browser.click(By.id("receipt:saveReceipt"));
        assertTrue(browser.find(By.id("payments:list:0:receipt")).getText().startsWith("川财0077"));
        assertEquals("300.00 CONFIRMED false 电子回单.png 川财0077", payments(invoice[0]));

        page = browser.open("/admin/dues/report.xhtml");
        String period = YEAR + "-01-01";
        assertTrue(page.findElement(By.id("figures")).getText().contains(period), "the period is a row of the report");
        browser.find(By.cssSelector("#chart canvas"));
        assertTrue(page.findElement(By.id("exportCsv")).getAttribute("href").endsWith("/admin/dues/report/export?format=csv"));
    }

    @Test
    void onlyDuesStaffReachTheDuesPagesTheVouchersAndTheExport() {
        String[] invoice = Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(YEAR + 1), "name",
                "权限会员" + YEAR, "amount", "300.00")).strip().split(" ");
        FormClient membership = signedIn("duesofficer", "MEMBERSHIP");
        HttpResponse<String> list = membership.get("/admin/dues/");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("menuDues"), "the menu leads to the dues");
        assertEquals(200, membership.get("/admin/dues/invoice.xhtml?id=" + invoice[0]).statusCode());
        assertEquals(200, membership.get("/admin/dues/report/export?format=csv").statusCode());
        for (String roles : List.of("EDITOR", "EVENTS")) {
            FormClient other = signedIn("notdues", roles);
            assertFalse(other.get("/admin/").body().contains("menuDues"), roles + " has no dues in the menu");
            for (String refused : List.of("/admin/dues/", "/admin/dues/invoice.xhtml?id=" + invoice[0],
                    "/admin/dues/voucher?payment=1", "/admin/dues/report/export?format=csv")) {
                assertEquals(404, other.get(refused).statusCode(), roles + ": " + refused);
            }
        }
    }

    private static FormClient signedIn(String prefix, String roles) {
        String username = prefix + YEAR + roles.toLowerCase(Locale.ROOT);
        Fixtures.account(username, PASSPHRASE, roles);
        FormClient staff = FormClient.from("10.78." + (YEAR % 200) + "." + (roles.length() + 1));
        assertTrue(staff.signIn(username, PASSPHRASE), username);
        return staff;
    }

    private static String payments(String invoice) {
        return Fixtures.post("dues-fixtures", "payments", Map.of("invoice", invoice)).strip();
    }

    private static String paidUpUntil(String member) {
        return Fixtures.post("dues-fixtures", "paid-up-until", Map.of("member", member)).strip();
    }
}
