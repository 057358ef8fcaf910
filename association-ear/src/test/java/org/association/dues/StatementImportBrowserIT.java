package org.association.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
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
 * The bank-statement import in headless Chromium: staff upload a bank's export on the import page, see its lines
 * matched, partial, unmatched and ignored, commit it (the matched invoice paid, paid-up-until moved), match the
 * unmatched line to an invoice by hand, and revert the statement (its payments reversed, paid-up-until back). The
 * sample statement is for dues staff only.
 */
@ExtendWith(ArquillianExtension.class)
class StatementImportBrowserIT {

    /** Years of this test's own: past the other dues tests', before Derby's last (9999). */
    private static final int YEAR = 9975 + new SecureRandom().nextInt(7) * 3;
    private static final String PASSPHRASE = "a long passphrase for the statement officer";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @TempDir
    Path files;

    @Test
    void staffUploadAStatementCommitItMatchALineByHandAndRevertIt() throws IOException {
        String[] paying = invoice(YEAR, "流水甲");
        String[] partly = invoice(YEAR + 1, "流水乙");
        String[] forgot = invoice(YEAR + 2, "流水丙");
        Path statement = files.resolve("statement.csv");
        Files.writeString(statement, "Transaction Date,Debit Amount,Credit Amount,Counterparty Name,Counterparty Account,"
                + "Remarks\n"
                + YEAR + "-02-01,,300.00,Zhao,6217000020001,dues " + paying[1] + "\n"
                + YEAR + "-02-02,,120.00,Qian,6217000020002,dues " + partly[1] + "\n"
                + YEAR + "-02-03,,300.00,Sun,6217000020003,membership dues\n"
                + YEAR + "-02-04,5.00,,Bank,,fee\n", StandardCharsets.UTF_8);

        StaffLogin.signInAsAdmin(browser);
        WebDriver page = browser.open("/admin/dues/statement.xhtml");
        page.findElement(By.cssSelector("#upload\\:file_input")).sendKeys(statement.toString());
        browser.waitUntil(driver -> !driver.findElements(By.id("count-MATCHED")).isEmpty() ? Boolean.TRUE : null);
        assertEquals("Matched\n1", page.findElement(By.id("count-MATCHED")).getText());
        assertEquals("Partial\n1", page.findElement(By.id("count-PARTIAL")).getText());
        assertEquals("Unmatched\n1", page.findElement(By.id("count-UNMATCHED")).getText());
        assertEquals("Ignored (paid out)\n1", page.findElement(By.id("count-IGNORED")).getText());
        assertEquals("Matched", outcome(page, 0));
        assertEquals("Partial", outcome(page, 1));
        assertEquals("Unmatched", outcome(page, 2));
        assertTrue(page.findElement(By.id("preview:lines:0:invoice")).getText().startsWith(paying[1] + " 流水甲"),
                page.findElement(By.id("preview:lines:0:invoice")).getText());
        assertEquals("", payments(paying[0]), "a preview pays nothing");

        browser.click(By.id("preview:commit"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.find(By.cssSelector("#messages .ui-messages-info-summary")).getText().startsWith("Committed: 1"));
        assertEquals("Imported", page.findElement(By.id("batchStatus")).getText());
        assertEquals("Paid", outcome(page, 0));
        assertTrue(payments(paying[0]).startsWith("300.00 CONFIRMED false null null"), payments(paying[0]));
        assertEquals(YEAR + "-12-31", paidUpUntil(paying[2]));

        page.findElement(By.id("preview:lines:2:invoiceReference")).sendKeys(forgot[1]);
        browser.click(By.id("preview:lines:2:match"));
        assertEquals("Paid", outcome(browser.driver(), 2));
        assertTrue(payments(forgot[0]).startsWith("300.00 CONFIRMED"), payments(forgot[0]));
        assertEquals((YEAR + 2) + "-12-31", paidUpUntil(forgot[2]));
        assertEquals("Partial", outcome(browser.driver(), 1), "still open for matching by hand");

        browser.find(By.id("recent:revertReason")).sendKeys("the statement of another account");
        browser.click(By.cssSelector("#recent\\:batches button[id$='revert']"));
        assertTrue(browser.find(By.cssSelector("#messages .ui-messages-info-summary")).getText().startsWith("Reverted"));
        assertTrue(payments(paying[0]).startsWith("300.00 REVERSED"), payments(paying[0]));
        assertTrue(payments(forgot[0]).startsWith("300.00 REVERSED"), payments(forgot[0]));
        assertEquals((YEAR - 1) + "-12-31", paidUpUntil(paying[2]), "paid-up-until goes back");
        assertEquals((YEAR + 1) + "-12-31", paidUpUntil(forgot[2]), "paid-up-until goes back");
        assertEquals("", payments(partly[0]));
    }

    @Test
    void onlyDuesStaffGetTheSampleStatement() {
        FormClient membership = signedIn("statements", "MEMBERSHIP");
        HttpResponse<String> sample = membership.get("/admin/dues/statement/sample");
        assertEquals(200, sample.statusCode());
        assertTrue(sample.body().startsWith("\uFEFF交易日期,借方发生额,贷方发生额,对方户名,对方账号,附言"), sample.body());
        assertEquals(200, membership.get("/admin/dues/statement.xhtml").statusCode());
        FormClient editor = signedIn("nostatements", "EDITOR");
        assertEquals(404, editor.get("/admin/dues/statement/sample").statusCode());
        assertEquals(404, editor.get("/admin/dues/statement.xhtml").statusCode());
    }

    private static String outcome(WebDriver page, int row) {
        return page.findElement(By.cssSelector("#preview\\:lines_data tr:nth-child(" + (row + 1) + ") .outcome")).getText();
    }

    /** "invoiceId reference memberId" of a new physician's invoice of that year (300.00). */
    private static String[] invoice(int year, String name) {
        return Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(year), "name", name + YEAR,
                "amount", "300.00")).strip().split(" ");
    }

    private static FormClient signedIn(String prefix, String roles) {
        String username = prefix + YEAR;
        Fixtures.account(username, PASSPHRASE, roles);
        FormClient staff = FormClient.from("10.79." + (YEAR % 200) + "." + roles.length());
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
