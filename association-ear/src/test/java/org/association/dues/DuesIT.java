package org.association.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.NoSuchEntityException;
import org.association.dues.boundary.Confirmation;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.InvoiceRow;
import org.association.dues.boundary.InvoiceView;
import org.association.dues.boundary.IssueOutcome;
import org.association.dues.boundary.MemberDues;
import org.association.dues.boundary.PeriodFigures;
import org.association.dues.boundary.Voucher;
import org.association.dues.control.RemittanceReference;
import org.association.dues.entity.AdjustmentKind;
import org.association.dues.entity.DuesAdjustment;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.FeeRate;
import org.association.dues.entity.InvoiceStatus;
import org.association.dues.entity.PaymentState;
import org.association.events.boundary.PaymentRecord;
import org.association.events.entity.PaymentMethod;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dues through the real services on Payara, EclipseLink and Derby: rates by date, a period's invoices issued once
 * however often staff issue it, paid-up-until moving only when a confirmed payment pays an invoice in full, parallel
 * confirmations of one payment counting once, refunds and write-offs as records of their own, and the report's
 * figures with its export. Each test works in a year of its own (far ahead), so that its rates price only its periods.
 */
@ExtendWith(ArquillianExtension.class)
class DuesIT {

    private static final AtomicInteger SERIAL = new AtomicInteger(new SecureRandom().nextInt(3000));
    private static final String INDIVIDUAL_FEE = "300.00";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DuesIT.class);
    }

    @Inject
    private DuesService dues;

    @Inject
    private MemberDues memberDues;

    @Inject
    private MemberService members;

    @Inject
    private Staff staff;

    @Inject
    private AuditService audit;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void theRateInForceOnAPeriodsFirstDayPricesItAndALaterRateTakesOver() {
        int year = year();
        FeeRate first = rate(MemberKind.INDIVIDUAL, "200.00", LocalDate.of(year, 1, 1));
        rate(MemberKind.INDIVIDUAL, "260.00", LocalDate.of(year + 1, 1, 1));
        assertEquals(new BigDecimal("200.00"), priced(LocalDate.of(year, 7, 1)));
        assertEquals(new BigDecimal("200.00"), priced(LocalDate.of(year, 12, 31)));
        assertEquals(new BigDecimal("260.00"), priced(LocalDate.of(year + 1, 1, 1)));
        assertEquals(new BigDecimal("260.00"), priced(LocalDate.of(year + 1, 9, 1)));

        FeeRate twice = new FeeRate(MemberKind.INDIVIDUAL, null, new BigDecimal("999.00"), 12, LocalDate.of(year, 1, 1));
        assertEquals("validFrom", assertThrows(DuplicateEntityException.class, () -> staff.admin(() -> dues.saveRate(twice,
                "test"))).getField());
        FeeRate edited = staff.admin(() -> dues.rate(first.getId()));
        FeeRate stale = staff.admin(() -> dues.rate(first.getId()));
        edited.setAmount(new BigDecimal("210.00"));
        staff.admin(() -> dues.saveRate(edited, "typo"));
        stale.setAmount(new BigDecimal("220.00"));
        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() -> dues.saveRate(stale, "late")));
        assertEquals(new BigDecimal("210.00"), priced(LocalDate.of(year, 7, 1)));
        assertEquals("updated", staff.admin(() -> audit.of("FeeRate", first.getId())).get(0).getAction());
    }

    @Test
    void issuingAPeriodTwiceGivesEachActiveMemberOneInvoiceWithAReferenceOfItsOwn() {
        int year = year();
        LocalDate start = LocalDate.of(year, 1, 1);
        rate(MemberKind.INDIVIDUAL, INDIVIDUAL_FEE, start);
        Member one = member("甲", LocalDate.of(year - 1, 12, 31));
        Member two = member("乙", LocalDate.of(year - 1, 12, 31));
        Member applicant = Member.individual("申请人" + SERIAL.incrementAndGet());
        staff.admin(() -> members.create(applicant, "test"));

        IssueOutcome issued = staff.admin(() -> dues.issue(start, LocalDate.of(year, 3, 31), "test"));
        assertTrue(issued.issued() >= 2, issued.toString());
        assertEquals(0, issued.alreadyIssued());
        IssueOutcome again = staff.admin(() -> dues.issue(start, LocalDate.of(year, 3, 31), "test"));
        assertEquals(0, again.issued(), again.toString());
        assertEquals(issued.issued(), again.alreadyIssued());

        InvoiceView invoice = only(one);
        assertEquals(start, invoice.periodStart());
        assertEquals(LocalDate.of(year, 12, 31), invoice.periodEnd());
        assertEquals(new BigDecimal(INDIVIDUAL_FEE), invoice.amount());
        assertEquals(InvoiceStatus.OUTSTANDING, invoice.status());
        assertEquals(invoice.reference(), RemittanceReference.parse(invoice.reference()).orElseThrow());
        assertTrue(invoice.reference().startsWith("HY" + String.valueOf(year).substring(2) + "-"), invoice.reference());
        assertEquals(1, staff.admin(() -> memberDues.invoicesOf(two.getId())).size());
        assertEquals(0, staff.admin(() -> memberDues.invoicesOf(applicant.getId())).size(), "applicants are not invoiced");
        List<InvoiceRow> listed = staff.admin(() -> dues.search(start, null, 0, 1000, null, true));
        assertEquals(listed.size(), new HashSet<>(listed.stream().map(InvoiceRow::reference).toList()).size(),
                "every reference is its own");
        assertEquals(issued.issued(), staff.admin(() -> dues.count(start, InvoiceStatus.OUTSTANDING)));
        assertEquals(LocalDate.of(year - 1, 12, 31), paidUpUntil(one), "issuing moves nothing");
    }

    @Test
    void paidUpUntilMovesOnlyWhenAConfirmedPaymentPaysTheInvoiceInFull() throws IOException {
        int year = year();
        Member member = issued(year, "付款人");
        LocalDate before = LocalDate.of(year - 1, 12, 31);
        InvoiceView invoice = only(member);

        DuesPayment part = record(invoice, "100.00", "BANK-" + year + "-1", null);
        assertEquals(PaymentState.RECORDED, part.getState());
        assertEquals(before, paidUpUntil(member), "a recorded payment moves nothing");
        assertThrows(BusinessException.class, () -> staff.admin(() -> dues.recordReceipt(part.getId(), part.getVersion(),
                "NO-1", LocalDate.of(year, 1, 5), "test")), "no receipt before the money is confirmed");
        assertTrue(staff.admin(() -> dues.confirm(part.getId(), "seen on the statement")).confirmedNow());
        assertEquals(InvoiceStatus.PART_PAID, only(member).status());
        assertEquals(before, paidUpUntil(member), "a part payment moves nothing");

        BusinessException tooMuch = assertThrows(BusinessException.class, () -> record(only(member), "200.01", null, null));
        assertEquals("error.dues.moreThanOutstanding", tooMuch.getMessageKey());
        BusinessException notAPhoto = assertThrows(BusinessException.class, () -> record(only(member), "200.00", null,
                new Voucher("回单.png", "not an image".getBytes(StandardCharsets.UTF_8))));
        assertEquals("error.upload.type", notAPhoto.getMessageKey());
        InvoiceView reported = staff.admin(() -> memberDues.recordMemberTransfer(member.getId(), invoice.id(),
                new Voucher("电子回单.png", png()), new BigDecimal("200.00"), LocalDate.of(year, 1, 9), "BANK-" + year + "-2"));
        InvoiceView.PaymentView transfer = reported.payments().get(1);
        assertEquals(PaymentState.RECORDED, transfer.state());
        assertEquals(before, paidUpUntil(member), "the member's transfer waits for staff");
        DuesPayment stored = staff.admin(() -> dues.payment(transfer.id()));
        assertEquals("电子回单.png", stored.getVoucherName());
        assertEquals("image/png", stored.getVoucherType());
        assertTrue(stored.isByMember());
        assertEquals(png().length, staff.admin(() -> dues.voucher(transfer.id())).orElseThrow().length);

        assertTrue(staff.admin(() -> dues.confirm(transfer.id(), "seen on the statement")).confirmedNow());
        assertEquals(InvoiceStatus.PAID, only(member).status());
        assertEquals(LocalDate.of(year, 12, 31), paidUpUntil(member));
        AuditEntry renewal = staff.admin(() -> audit.of("Member", member.getId())).get(0);
        assertEquals("renew", renewal.getAction());
        assertEquals("dues paid: " + invoice.reference(), renewal.getReason());

        DuesPayment confirmed = staff.admin(() -> dues.payment(transfer.id()));
        staff.admin(() -> dues.recordReceipt(confirmed.getId(), confirmed.getVersion(), "川财0012345", LocalDate.of(year, 1, 20),
                "receipt issued"));
        InvoiceView.PaymentView receipted = only(member).payments().get(1);
        assertEquals("川财0012345", receipted.receiptNumber());
        assertEquals(LocalDate.of(year, 1, 20), receipted.receiptDate());
        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() -> dues.recordReceipt(confirmed.getId(),
                confirmed.getVersion(), "川财0099999", LocalDate.of(year, 1, 21), "stale")));
    }

    @Test
    void anotherMembersInvoiceIsNotThereForAMember() {
        int year = year();
        Member owner = issued(year, "本人");
        Member other = member("他人", LocalDate.of(year - 1, 12, 31));
        InvoiceView invoice = only(owner);
        assertThrows(NoSuchEntityException.class, () -> staff.admin(() -> memberDues.recordMemberTransfer(other.getId(),
                invoice.id(), new Voucher("v.png", png()), new BigDecimal("300.00"), LocalDate.of(year, 1, 9), "X")));
        assertEquals(0, only(owner).payments().size());
    }

    @Test
    void ofSixStaffConfirmingOnePaymentAtOnceOneDoesItAndTheMemberIsRenewedOnce() throws Exception {
        int year = year();
        Member member = issued(year, "并发");
        DuesPayment payment = record(only(member), INDIVIDUAL_FEE, "BANK-" + year, new Voucher("回单.png", png()));
        int staffAtOnce = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Confirmation>> outcomes = new ArrayList<>();
        for (int i = 0; i < staffAtOnce; i++) {
            outcomes.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return staff.admin(() -> dues.confirm(payment.getId(), "confirmed at once"));
            }));
        }
        Thread.sleep(300);
        start.countDown();
        int confirmedNow = 0;
        for (Future<Confirmation> outcome : outcomes) {
            Confirmation confirmation = outcome.get(60, TimeUnit.SECONDS);
            confirmedNow += confirmation.confirmedNow() ? 1 : 0;
            assertEquals("SYSTEM", confirmation.confirmedBy(), "each is told who confirmed it");
        }
        assertEquals(1, confirmedNow, "of " + staffAtOnce + " confirmations at once");
        assertEquals(1, staff.admin(() -> audit.of("DuesPayment", payment.getId())).stream()
                .filter(entry -> entry.getAction().equals("confirmed")).count(), "one audit entry");
        assertEquals(1, staff.admin(() -> audit.of("Member", member.getId())).stream()
                .filter(entry -> entry.getAction().equals("renew")).count(), "one renewal");
        InvoiceView invoice = only(member);
        assertEquals(new BigDecimal(INDIVIDUAL_FEE), invoice.amount().subtract(invoice.outstanding()), "counted once");
        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals(LocalDate.of(year, 12, 31), paidUpUntil(member));
        assertFalse(staff.admin(() -> dues.confirm(payment.getId(), "again")).confirmedNow());
    }

    @Test
    void refundsAndWriteOffsAreRecordsOfTheirOwnAndNoPaymentGoes() throws IOException {
        int year = year();
        Member member = issued(year, "退款");
        DuesPayment payment = record(only(member), INDIVIDUAL_FEE, "BANK-" + year, new Voucher("回单.pdf", pdf()));
        assertEquals("application/pdf", staff.admin(() -> dues.payment(payment.getId())).getVoucherType());
        staff.admin(() -> dues.confirm(payment.getId(), "test"));
        long invoiceId = only(member).id();

        assertEquals("error.dues.reasonRequired", assertThrows(BusinessException.class, () -> staff.admin(() ->
                dues.refund(invoiceId, version(invoiceId), new BigDecimal("50.00"), " "))).getMessageKey());
        assertEquals("error.dues.refundMoreThanPaid", assertThrows(BusinessException.class, () -> staff.admin(() ->
                dues.refund(invoiceId, version(invoiceId), new BigDecimal("300.01"), "too much"))).getMessageKey());
        int stale = version(invoiceId);
        staff.admin(() -> dues.refund(invoiceId, stale, new BigDecimal("50.00"), "paid twice by the hospital"));
        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() -> dues.refund(invoiceId, stale,
                new BigDecimal("10.00"), "stale")));
        InvoiceView refunded = only(member);
        assertEquals(InvoiceStatus.PART_PAID, refunded.status());
        assertEquals(new BigDecimal("50.00"), refunded.outstanding());

        staff.admin(() -> dues.writeOff(invoiceId, version(invoiceId), new BigDecimal("50.00"),
                "hardship, decided by the board"));
        InvoiceView writtenOff = only(member);
        assertEquals(InvoiceStatus.WRITTEN_OFF, writtenOff.status());
        assertEquals(new BigDecimal("0.00"), writtenOff.outstanding());
        List<DuesAdjustment> adjustments = staff.admin(() -> dues.adjustments(invoiceId));
        assertEquals(List.of("REFUND 50.00 paid twice by the hospital SYSTEM", "WRITE_OFF 50.00 hardship, decided by the board"
                + " SYSTEM"), adjustments.stream().map(adjustment -> adjustment.getKind() + " " + adjustment.getAmount() + " "
                + adjustment.getReason() + " " + adjustment.getCreatedBy()).toList());
        assertEquals(AdjustmentKind.REFUND, adjustments.get(0).getKind());
        assertEquals(List.of(new BigDecimal(INDIVIDUAL_FEE)), staff.admin(() -> dues.payments(invoiceId)).stream()
                .map(DuesPayment::getAmount).toList(), "the payment stays as it was");
        assertEquals("written off", staff.admin(() -> audit.of("Invoice", invoiceId)).get(0).getAction());
    }

    @Test
    void theReportAddsUpAPeriodsExpectedReceivedAndOutstandingAndExportsThem() throws IOException {
        int year = year();
        Member paying = issued(year, "报表甲");
        Member partly = member("报表乙", LocalDate.of(year - 1, 12, 31));
        LocalDate start = LocalDate.of(year, 1, 1);
        staff.admin(() -> dues.issue(start, LocalDate.of(year, 3, 31), "test"));
        staff.admin(() -> dues.confirm(record(only(paying), INDIVIDUAL_FEE, "R-1", null).getId(), "test"));
        staff.admin(() -> dues.confirm(record(only(partly), "120.00", "R-2", null).getId(), "test"));
        record(only(partly), "30.00", "R-3", null);
        long partlyInvoice = only(partly).id();
        staff.admin(() -> dues.writeOff(partlyInvoice, version(partlyInvoice), new BigDecimal("80.00"), "test"));

        List<InvoiceRow> invoices = staff.admin(() -> dues.search(start, null, 0, 10_000, null, true));
        BigDecimal expected = invoices.stream().map(InvoiceRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        PeriodFigures figures = staff.admin(() -> dues.report()).stream().filter(period -> period.periodStart().equals(start))
                .findFirst().orElseThrow();
        assertEquals(invoices.size(), figures.invoices());
        assertEquals(expected, figures.expected());
        assertEquals(new BigDecimal("420.00"), figures.received(), "confirmed only: the recorded 30.00 waits");
        assertEquals(new BigDecimal("80.00"), figures.writtenOff());
        assertEquals(expected.subtract(new BigDecimal("500.00")), figures.outstanding());
        assertTrue(staff.admin(() -> dues.outstandingTotal()).compareTo(figures.outstanding()) >= 0);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        staff.admin(() -> {
            dues.exportReport(false, Locale.SIMPLIFIED_CHINESE, csv);
            return null;
        });
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF缴费期,缴费通知数,应收,已收,核销,未收"), text);
        assertTrue(text.contains(start + "," + figures.invoices() + "," + expected + ",420.00,80.00," + figures.outstanding()),
                text);
        assertNull(staff.admin(() -> dues.search(start, InvoiceStatus.PAID, 0, 10, null, true)).stream()
                .filter(row -> row.memberName().equals(partly.getName())).findFirst().orElse(null), "filtered by status");
    }

    /** A year of the test's own, far ahead of any demo or real data. */
    private static int year() {
        return 2200 + SERIAL.incrementAndGet() * 2;
    }

    private FeeRate rate(MemberKind kind, String amount, LocalDate from) {
        return staff.admin(() -> dues.saveRate(new FeeRate(kind, null, new BigDecimal(amount), 12, from), "test"));
    }

    private BigDecimal priced(LocalDate day) {
        return staff.admin(() -> dues.rateFor(MemberKind.INDIVIDUAL, null, day)).orElseThrow().getAmount();
    }

    /** An active physician paid up to the day, not yet saved. */
    private Member member(String name, LocalDate paidUpUntil) {
        Member member = Member.individual(name + SERIAL.incrementAndGet());
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(paidUpUntil.minusYears(2));
        member.setPaidUpUntil(paidUpUntil);
        return staff.admin(() -> members.create(member, "test"));
    }

    /** A member paid up to the year before, with the year's invoice issued. */
    private Member issued(int year, String name) {
        rate(MemberKind.INDIVIDUAL, INDIVIDUAL_FEE, LocalDate.of(year, 1, 1));
        Member member = member(name, LocalDate.of(year - 1, 12, 31));
        staff.admin(() -> dues.issue(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), "test"));
        return member;
    }

    private InvoiceView only(Member member) {
        List<InvoiceView> invoices = staff.admin(() -> memberDues.invoicesOf(member.getId()));
        assertEquals(1, invoices.size());
        return invoices.get(0);
    }

    private DuesPayment record(InvoiceView invoice, String amount, String reference, Voucher voucher) {
        return staff.admin(() -> dues.recordPayment(invoice.id(), version(invoice.id()), new PaymentRecord(new BigDecimal(amount),
                PaymentMethod.BANK_TRANSFER, invoice.periodStart().plusDays(5), reference), voucher, "test"));
    }

    private int version(long invoiceId) {
        return staff.admin(() -> dues.invoice(invoiceId)).getVersion();
    }

    private LocalDate paidUpUntil(Member member) {
        return staff.admin(() -> members.find(member.getId())).getPaidUpUntil();
    }

    /** A small photo of a voucher. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 240, 250));
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.DARK_GRAY);
        g.drawString("VOUCHER", 20, 45);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The smallest PDF Tika recognises as one. */
    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
