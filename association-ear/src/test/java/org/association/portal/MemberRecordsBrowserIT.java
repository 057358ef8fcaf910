package org.association.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.association.testing.Browser;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.Http;
import org.association.testing.MailFixtureServlet;
import org.association.testing.MailTesting;
import org.association.testing.QrCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member's own records on their page in headless Chromium (English): the invoice with the account and reference, a
 * transfer reported with its voucher and shown as pending, then, once staff confirmed it and recorded the receipt,
 * paid-up-until moved and the receipt's number; the certificate downloaded and verified at its public page; an
 * identity change asked for, shown as waiting, and approved by staff. And an invoice paid online, through the fake
 * provider, confirmed by its callback alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberRecordsBrowserIT {

    /** A year of this test's own, apart from the other dues tests' years. */
    private static final int YEAR = 8300 + new SecureRandom().nextInt(300);

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @TempDir
    Path files;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aMemberPaysTheirInvoiceDownloadsTheirCertificateAndAsksForAChangeOfEmployer() throws Exception {
        String serial = String.valueOf(System.nanoTime() % 1_000_000);
        String name = "丙会员" + serial;
        String address = MemberSignInIT.unique("records");
        String[] invoice = Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(YEAR), "name", name,
                "amount", "300.00", "email", address)).strip().split(" ");
        WebDriver page = signIn(address);
        assertEquals(name, page.findElement(By.tagName("h1")).getText());

        WebElement shown = invoice(page, invoice[1]);
        assertEquals("Outstanding", shown.findElement(By.className("invoice-status")).getText());
        assertEquals("300.00", shown.findElement(By.className("invoice-outstanding")).getText());
        assertTrue(shown.findElement(By.className("invoice-account")).getText().contains("1234 5678 9012 3456 789"),
                shown.getText());

        browser.submit(By.id("reportTransferLink"));
        assertEquals("300.00", page.findElement(By.id("transfer:amount")).getAttribute("value"), "the outstanding amount");
        browser.submit(By.id("transfer:report"));
        assertEquals("Please attach the transfer's voucher.", browser.find(By.id("transfer:voucher-message")).getText());
        Path notAPhoto = files.resolve("回单.png");
        Files.writeString(notAPhoto, "MZ not a photo at all");
        page.findElement(By.cssSelector("#transfer input[type=file]")).sendKeys(notAPhoto.toString());
        browser.submit(By.id("transfer:report"));
        assertTrue(browser.find(By.id("transfer:voucher-message")).getText().contains("回单.png"),
                "an upload checked as staff's are, refused beside its field");
        assertEquals("", Fixtures.post("dues-fixtures", "payments", Map.of("invoice", invoice[0])).strip(), "nothing recorded");

        Path voucher = files.resolve("电子回单.png");
        Files.write(voucher, MailFixtureServlet.png());
        page.findElement(By.id("transfer:reference")).sendKeys("BANK-" + serial);
        page.findElement(By.cssSelector("#transfer input[type=file]")).sendKeys(voucher.toString());
        browser.submit(By.id("transfer:report"));
        assertTrue(browser.find(By.id("messages")).getText().contains("Your transfer is reported."),
                browser.find(By.id("messages")).getText());
        String payment = invoice(page, invoice[1]).findElement(By.className("payment")).getText();
        assertTrue(payment.contains("300.00") && payment.contains("BANK-" + serial)
                && payment.contains("reported, waiting for the secretariat's confirmation"), payment);
        page = browser.open("/member/");
        assertEquals((YEAR - 1) + "-12-31", page.findElement(By.id("paidUpUntil")).getText(), "pending moves nothing");
        assertEquals("300.00 RECORDED true 电子回单.png null", Fixtures.post("dues-fixtures", "payments",
                Map.of("invoice", invoice[0])).strip());

        Fixtures.post("dues-fixtures", "confirm", Map.of("invoice", invoice[0], "receipt", "川财" + serial));
        page = browser.open("/member/");
        assertEquals(YEAR + "-12-31", page.findElement(By.id("paidUpUntil")).getText(), "the confirmation moved it");
        shown = invoice(page, invoice[1]);
        assertEquals("Paid", shown.findElement(By.className("invoice-status")).getText());
        payment = shown.findElement(By.className("payment")).getText();
        assertTrue(payment.contains("Confirmed") && payment.contains("receipt issued, no. 川财" + serial), payment);

        String certificate = page.findElement(By.id("certificateLink")).getAttribute("href");
        assertTrue(certificate.endsWith("/member/certificate.pdf"), certificate);
        HttpResponse<byte[]> pdf = Http.getBytes("/member/certificate.pdf", "Cookie", "JSESSIONID="
                + page.manage().getCookieNamed("JSESSIONID").getValue());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String code;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(name) && text.contains(YEAR + "-12-31"), text);
            String qr = QrCodes.read(new PDFRenderer(document).renderImage(0, 2));
            assertTrue(qr.startsWith(Browser.baseUrl() + "/certificates/membership/" + invoice[2] + "."), qr);
            code = qr.substring(qr.lastIndexOf('/') + 1);
        }
        page = browser.open("/en/certificates/membership/" + code);
        String verified = page.findElement(By.tagName("body")).getText();
        assertTrue(verified.contains(name) && verified.contains("Current (active, dues paid up)"), verified);

        page = browser.open("/member/details.xhtml");
        WebElement employer = page.findElement(By.id("change:employer"));
        employer.clear();
        employer.sendKeys("华西医院" + serial);
        browser.submit(By.id("change:requestChange"));
        assertTrue(browser.find(By.id("messages")).getText().contains("Your change request is sent"),
                browser.find(By.id("messages")).getText());
        String pending = browser.find(By.id("pendingFields")).getText();
        assertTrue(pending.contains("Employer") && pending.contains("华西医院" + serial), pending);

        String request = Fixtures.post("membership-fixtures", "pending", Map.of("member", invoice[2])).strip();
        assertEquals("APPROVED", Fixtures.post("membership-fixtures", "approve", Map.of("id", request)).strip());
        page = browser.open("/member/details.xhtml");
        assertTrue(page.findElements(By.id("pendingChange")).isEmpty(), "nothing waits any more");
        assertEquals("华西医院" + serial, page.findElement(By.id("change:employer")).getAttribute("value"));
    }

    @Test
    void aMemberPaysOnlineThroughTheProviderAndTheCallbackAloneConfirmsIt() {
        String serial = String.valueOf(System.nanoTime() % 1_000_000);
        String address = MemberSignInIT.unique("online");
        String[] invoice = Fixtures.post("dues-fixtures", "invoice", Map.of("year", String.valueOf(YEAR + 1), "name",
                "丁会员" + serial, "amount", "300.00", "email", address)).strip().split(" ");
        WebDriver page = signIn(address);
        browser.submit(By.id("nav-dues"));
        browser.submit(By.id("online:payOnline"));
        browser.waitUntil(ExpectedConditions.urlContains("/payments/fake/pay?order="));
        assertEquals("300.00", page.findElement(By.id("amount")).getText(), "the provider asks what is outstanding");
        String payPage = page.getCurrentUrl();
        page = browser.open("/member/");
        assertEquals(YEAR + "-12-31", page.findElement(By.id("paidUpUntil")).getText(), "an order moves nothing");

        browser.openUrl(payPage);
        browser.submit(By.id("pay"));
        assertTrue(browser.find(By.id("paid")).isDisplayed(), "the provider called back");
        page = browser.open("/member/");
        assertEquals((YEAR + 1) + "-12-31", page.findElement(By.id("paidUpUntil")).getText(), "the callback moved it");
        WebElement shown = invoice(page, invoice[1]);
        assertEquals("Paid", shown.findElement(By.className("invoice-status")).getText());
        assertTrue(shown.findElement(By.className("payment")).getText().contains("Confirmed"),
                shown.findElement(By.className("payment")).getText());
    }

    /** Signs in by the link mailed to the address, in this browser; the member's page. */
    private WebDriver signIn(String address) {
        browser.open("/member/");
        browser.waitUntil(ExpectedConditions.urlContains("/member/sign-in.xhtml"));
        browser.find(By.id("signIn:email")).sendKeys(address);
        browser.submit(By.id("signIn:send"));
        WebDriver page = browser.open(MemberSignInIT.link(SMTP.await(address, 1, 30).get(0)));
        browser.waitUntil(ExpectedConditions.urlMatches(".*/member/$"));
        return page;
    }

    private WebElement invoice(WebDriver page, String reference) {
        return page.findElement(By.cssSelector(".portal-invoice[data-reference='" + reference + "']"));
    }
}
