package org.association.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.audit.boundary.AuditService;
import org.association.common.BusinessException;
import org.association.common.FileBatch;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.InvoiceView;
import org.association.dues.boundary.MemberDues;
import org.association.dues.boundary.StatementImportService;
import org.association.dues.control.MatchedLine;
import org.association.dues.control.StatementOutcome;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.FeeRate;
import org.association.dues.entity.InvoiceStatus;
import org.association.dues.entity.PaymentState;
import org.association.dues.entity.StatementBatch;
import org.association.dues.entity.StatementPayment;
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
 * The bank-statement import through the real services on Payara, EclipseLink and Derby: a GBK export with the bank's
 * summary above its table previewed line by line (matched, partial, unmatched, already paid, duplicate, ignored, error),
 * committed (confirmed bank transfers, paid-up-until moved), the open lines matched by hand, the same statement imported
 * again paying nothing, a revert reversing the payments and putting paid-up-until back (refused once a receipt is
 * recorded), and parallel commits of one batch paying once. Each test works in years of its own, far ahead.
 */
@ExtendWith(ArquillianExtension.class)
class StatementImportIT {

    private static final AtomicInteger SERIAL = new AtomicInteger(new SecureRandom().nextInt(100_000));
    private static final AtomicInteger YEARS = new AtomicInteger();
    /** Years of these tests: past the other dues tests' (DuesIT to about 8200, DuesBrowserIT 9000-9899), before 9999. */
    private static final int FIRST_YEAR = 9900 + new SecureRandom().nextInt(25) * 3;
    private static final Charset GBK = Charset.forName("GBK");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StatementImportIT.class);
    }

    @Inject
    private StatementImportService statements;

    @Inject
    private DuesService dues;

    @Inject
    private MemberDues memberDues;

    @Inject
    private MemberService members;

    @Inject
    private AuditService audit;

    @Inject
    private Staff staff;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void aStatementIsPreviewedCommittedMatchedByHandImportedAgainForNothingAndReverted() {
        int year = year();
        Member paying = member(year, "对账甲");
        Member partly = member(year, "对账乙");
        Member over = member(year, "对账丙");
        Member forgot = member(year, "对账丁");
        issue(year, "300.00");
        String a = only(paying).reference();
        String b = only(partly).reference();
        String c = only(over).reference();
        String d = only(forgot).reference();
        String statement = "中国银行对公账户交易明细\r\n账号：1234 5678 9012 3456 789,,,,,\r\n"
                + "交易日期,借方发生额,贷方发生额,对方户名,对方账号,附言\r\n"
                + line(year, "01-05", "", "300.00", "对账甲", "6217000010001", "会费 " + a.toLowerCase().replace("-", " "))
                + line(year, "01-06", "", "100.00", "对账乙", "6217000010002", b + "会费")
                + line(year, "01-07", "", "400.00", "对账丙", "6217000010003", "会费" + c)
                + line(year, "01-08", "", "300.00", "对账丁", "6217000010004", "对账丁交会费")
                + line(year, "01-09", "2.00", "", "中国银行", "", "跨行汇款手续费")
                + line(year, "13-45", "", "300.00", "对账戊", "6217000010005", "会费")
                + line(year, "01-10", "", "300.00", "对账甲", "6217000010001", "再缴 " + a)
                + line(year, "01-05", "", "300.00", "对账甲", "6217000010001", "会费 " + a.toLowerCase().replace("-", " "));
        byte[] file = statement.getBytes(GBK);

        StatementImportService.Preview preview = staff.admin(() -> statements.preview("对账单.csv", file));
        assertEquals(List.of("4 MATCHED " + a, "5 PARTIAL " + b, "6 PARTIAL " + c, "7 UNMATCHED null", "8 IGNORED null",
                "9 ERROR null", "10 ALREADY_PAID " + a, "11 DUPLICATE " + a), outcomes(preview));
        assertEquals("statement.line.badDate", preview.lines().lines().get(5).line().problem());
        assertEquals(new BigDecimal("-2.00"), preview.lines().lines().get(4).line().amount());
        assertEquals(InvoiceStatus.OUTSTANDING, only(paying).status(), "a preview pays nothing");

        StatementBatch committed = staff.admin(() -> statements.commit(preview.batchId(), preview.batchVersion()));
        assertEquals(FileBatch.Status.COMMITTED, committed.getStatus());
        assertEquals(1, committed.getPaidLines());
        InvoiceView paid = only(paying);
        assertEquals(InvoiceStatus.PAID, paid.status());
        assertEquals(LocalDate.of(year, 12, 31), paidUpUntil(paying), "paid-up-until moves as with any confirmation");
        DuesPayment payment = staff.admin(() -> dues.payment(paid.payments().get(0).id()));
        assertEquals(PaymentState.CONFIRMED, payment.getState());
        assertEquals(PaymentMethod.BANK_TRANSFER, payment.getMethod());
        assertEquals(new BigDecimal("300.00"), payment.getAmount());
        assertEquals(LocalDate.of(year, 1, 5), payment.getPaidOn());
        assertTrue(payment.getReference().startsWith(a + "/"), payment.getReference());
        assertEquals("SYSTEM", payment.getConfirmedBy(), "confirmed by who committed");
        assertTrue(staff.admin(() -> audit.of("DuesPayment", payment.getId())).stream()
                .anyMatch(entry -> entry.getAction().equals("confirmed")), "audited");
        assertEquals(List.of("4 PAID " + a, "5 PARTIAL " + b, "6 PARTIAL " + c, "7 UNMATCHED null", "8 IGNORED null",
                "9 ERROR null", "10 ALREADY_PAID " + a, "11 DUPLICATE " + a),
                outcomes(staff.admin(() -> statements.previewAgain(preview.batchId()))));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> staff.admin(() -> statements.commit(preview.batchId(), committed.getVersion())));
        assertEquals("error.statement.notPreviewed", twice.getMessageKey());

        staff.admin(() -> statements.matchByHand(preview.batchId(), 5, b, null, "partial transfer"));
        assertEquals(InvoiceStatus.PART_PAID, only(partly).status());
        assertEquals(new BigDecimal("200.00"), only(partly).outstanding());
        assertEquals("error.statement.moreThanLine", assertThrows(BusinessException.class, () -> staff.admin(() ->
                statements.matchByHand(preview.batchId(), 7, d, new BigDecimal("300.01"), null))).getMessageKey());
        StatementPayment byHand = staff.admin(() -> statements.matchByHand(preview.batchId(), 7, d, null, null));
        assertTrue(byHand.isByHand());
        assertEquals(InvoiceStatus.PAID, only(forgot).status());
        assertEquals(LocalDate.of(year, 12, 31), paidUpUntil(forgot));
        assertEquals("error.statement.lineNotOpen", assertThrows(BusinessException.class, () -> staff.admin(() ->
                statements.matchByHand(preview.batchId(), 7, c, null, null))).getMessageKey(), "a line pays once");
        assertEquals("error.dues.moreThanOutstanding", assertThrows(BusinessException.class, () -> staff.admin(() ->
                statements.matchByHand(preview.batchId(), 6, c, new BigDecimal("400.00"), null))).getMessageKey(),
                "the invoice asks for less");

        StatementImportService.Preview again = staff.admin(() -> statements.preview("对账单（再次）.csv", file));
        assertEquals(List.of("4 DUPLICATE " + a, "5 DUPLICATE " + b, "6 PARTIAL " + c, "7 DUPLICATE null", "8 IGNORED null",
                "9 ERROR null", "10 ALREADY_PAID " + a, "11 DUPLICATE " + a), outcomes(again),
                "a statement imported twice pays nothing twice");
        assertEquals(0, staff.admin(() -> statements.commit(again.batchId(), again.batchVersion())).getPaidLines());

        assertEquals("error.dues.reasonRequired", assertThrows(BusinessException.class, () -> staff.admin(() ->
                statements.revert(preview.batchId(), version(preview.batchId()), " "))).getMessageKey());
        StatementBatch reverted = staff.admin(() -> statements.revert(preview.batchId(), version(preview.batchId()),
                "wrong account's statement"));
        assertEquals(FileBatch.Status.REVERTED, reverted.getStatus());
        for (Member member : List.of(paying, partly, forgot)) {
            InvoiceView invoice = only(member);
            assertEquals(InvoiceStatus.OUTSTANDING, invoice.status(), member.getName());
            assertEquals(LocalDate.of(year - 1, 12, 31), paidUpUntil(member), "paid-up-until goes back");
            assertEquals(List.of(PaymentState.REVERSED), invoice.payments().stream().map(InvoiceView.PaymentView::state)
                    .toList(), "the payment stays, reversed");
        }
        assertTrue(staff.admin(() -> audit.of("DuesPayment", payment.getId())).stream()
                .anyMatch(entry -> entry.getAction().equals("reversed")
                        && entry.getReason().equals("wrong account's statement")));
        StatementImportService.Preview afterRevert = staff.admin(() -> statements.preview("对账单.csv", file));
        assertEquals("4 MATCHED " + a, outcomes(afterRevert).get(0), "a reverted line may pay again");
    }

    @Test
    void aRevertIsRefusedOnceAPaymentOfItHasItsReceiptRecorded() {
        int year = year();
        Member member = member(year, "收据");
        issue(year, "300.00");
        String reference = only(member).reference();
        byte[] file = ("交易日期,贷方发生额,对方户名,附言\n" + year + "-02-01,300.00,收据," + reference + "\n")
                .getBytes(StandardCharsets.UTF_8);
        StatementImportService.Preview preview = staff.admin(() -> statements.preview("receipt.csv", file));
        staff.admin(() -> statements.commit(preview.batchId(), preview.batchVersion()));
        DuesPayment payment = staff.admin(() -> dues.payment(only(member).payments().get(0).id()));
        staff.admin(() -> dues.recordReceipt(payment.getId(), payment.getVersion(), "川财0099", LocalDate.of(year, 2, 3),
                "receipt issued"));
        BusinessException refused = assertThrows(BusinessException.class, () -> staff.admin(() -> statements.revert(
                preview.batchId(), version(preview.batchId()), "test")));
        assertEquals("error.statement.revertBlocked", refused.getMessageKey());
        assertEquals(List.of(1, reference + " (川财0099)"), List.of(refused.getArguments()));
        assertEquals(InvoiceStatus.PAID, only(member).status());
        assertEquals(LocalDate.of(year, 12, 31), paidUpUntil(member));
    }

    @Test
    void ofFourCommitsOfOneBatchAtOnceOneCommitsAndEveryInvoiceIsPaidOnce() throws Exception {
        int year = year();
        List<Member> payers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            payers.add(member(year, "并发对账" + i));
        }
        issue(year, "1300.00");
        StringBuilder statement = new StringBuilder("Date,Credit,Debit,Payer Name,Memo\n");
        for (int i = 0; i < payers.size(); i++) {
            statement.append(year).append("-03-0").append(i + 1).append(",\"1,300.00\",,payer ").append(i).append(",dues ")
                    .append(only(payers.get(i)).reference()).append('\n');
        }
        StatementImportService.Preview preview = staff.admin(() -> statements.preview("parallel.csv",
                statement.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, preview.lines().counts().get(StatementOutcome.MATCHED), outcomes(preview).toString());
        int atOnce = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StatementBatch>> commits = new ArrayList<>();
        for (int i = 0; i < atOnce; i++) {
            commits.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return staff.admin(() -> statements.commit(preview.batchId(), preview.batchVersion()));
            }));
        }
        Thread.sleep(300);
        start.countDown();
        int committed = 0;
        for (Future<StatementBatch> commit : commits) {
            try {
                committed += commit.get(120, TimeUnit.SECONDS).getPaidLines() == 3 ? 1 : 0;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof BusinessException, String.valueOf(e.getCause()));
            }
        }
        assertEquals(1, committed, "of " + atOnce + " commits at once");
        for (Member payer : payers) {
            InvoiceView invoice = only(payer);
            assertEquals(InvoiceStatus.PAID, invoice.status());
            assertEquals(1, invoice.payments().size(), "paid once");
            assertEquals(1, staff.admin(() -> audit.of("Member", payer.getId())).stream()
                    .filter(entry -> entry.getAction().equals("renew")).count(), "renewed once");
        }
        assertEquals(3, staff.admin(() -> statements.payments(preview.batchId())).size());
    }

    private static String line(int year, String day, String debit, String credit, String payer, String account, String memo) {
        return year + "-" + day + "," + debit + "," + credit + "," + payer + "," + account + "," + memo + "\r\n";
    }

    private static List<String> outcomes(StatementImportService.Preview preview) {
        return preview.lines().lines().stream().map(StatementImportIT::outcome).toList();
    }

    private static String outcome(MatchedLine line) {
        return line.rowNumber() + " " + line.outcome() + " " + (line.invoice() == null ? null : line.invoice().reference());
    }

    /** A year of the test's own, far ahead of any demo or real data. */
    private static int year() {
        return FIRST_YEAR + YEARS.getAndIncrement() % 3;
    }

    /** An active physician paid up to the year before. */
    private Member member(int year, String name) {
        Member member = Member.individual(name + SERIAL.incrementAndGet());
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(year - 3, 1, 1));
        member.setPaidUpUntil(LocalDate.of(year - 1, 12, 31));
        return staff.admin(() -> members.create(member, "test"));
    }

    /** The physicians' rate of the year, and the year's invoices. */
    private void issue(int year, String fee) {
        LocalDate start = LocalDate.of(year, 1, 1);
        staff.admin(() -> dues.saveRate(new FeeRate(MemberKind.INDIVIDUAL, null, new BigDecimal(fee), 12, start), "test"));
        staff.admin(() -> dues.issue(start, LocalDate.of(year, 3, 31), "test"));
    }

    private InvoiceView only(Member member) {
        List<InvoiceView> invoices = staff.admin(() -> memberDues.invoicesOf(member.getId()));
        assertEquals(1, invoices.size());
        return invoices.get(0);
    }

    private int version(long batchId) {
        return staff.admin(() -> statements.recent(50)).stream().filter(batch -> batch.getId() == batchId).findFirst()
                .orElseThrow().getVersion();
    }

    private LocalDate paidUpUntil(Member member) {
        return staff.admin(() -> members.find(member.getId())).getPaidUpUntil();
    }
}
