package org.association.dues.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.common.BusinessException;
import org.junit.jupiter.api.Test;

class StatementReaderTest {

    private static final String REFERENCE = RemittanceReference.create(2026);

    @Test
    void readsAGbkExportWithTheBanksSummaryAboveItsTableAndFindsTheReferenceInTheMemo() {
        String text = "中国银行交易明细\r\n账号：123,,,,\r\n交易日期,借方发生额,贷方发生额,对方户名,对方账号,附言\r\n"
                + "2026/1/5 10:22:31,,\"1,300.00\",张三,6217 0001,会费 " + REFERENCE.toLowerCase().replace("-", " ") + "\r\n"
                + "20260106,2.00,,中国银行,,手续费\r\n"
                + "2026年1月7日,,300.00,李四,6217 0002,李四会费\r\n";
        StatementFile file = StatementReader.read(text.getBytes(Charset.forName("GBK")));
        List<StatementLine> lines = file.lines();
        assertEquals(3, lines.size());
        StatementLine first = lines.get(0);
        assertEquals(4, first.rowNumber());
        assertEquals(LocalDate.of(2026, 1, 5), first.date());
        assertEquals(new BigDecimal("1300.00"), first.amount());
        assertEquals("张三", first.payerName());
        assertEquals("6217 0001", first.payerAccount());
        assertEquals(REFERENCE, first.reference());
        assertEquals(new BigDecimal("-2.00"), lines.get(1).amount());
        assertEquals(LocalDate.of(2026, 1, 6), lines.get(1).date());
        assertNull(lines.get(2).reference());
        assertEquals(LocalDate.of(2026, 1, 7), lines.get(2).date());
    }

    @Test
    void readsEnglishHeadersWithOneSignedAmountAndTellsBadLines() {
        String text = "Date,Amount (CNY),Payer,Memo,Balance\n"
                + "2026-02-01,¥300.00,Wang,dues " + REFERENCE + ",1000.00\n"
                + "2026-02-30,300.00,Wang,dues,\n"
                + "2026-02-02,three hundred,Wang,dues,\n"
                + "2026-02-03,,Wang,dues,\n"
                + "2026-02-04,(20.00),Bank,fee,\n";
        StatementFile file = StatementReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Balance"), file.unknownColumns());
        List<StatementLine> lines = file.lines();
        assertEquals(REFERENCE, lines.get(0).reference());
        assertEquals(List.of("statement.line.badDate", "statement.line.badAmount", "statement.line.noAmount"),
                lines.subList(1, 4).stream().map(StatementLine::problem).toList());
        assertEquals(List.of("three hundred"), lines.get(2).problemArguments());
        assertEquals(new BigDecimal("-20.00"), lines.get(4).amount());
    }

    @Test
    void readsTheFirstSheetOfAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("明细");
            List<List<Object>> rows = List.of(List.of("记账日期", "收入金额", "支出金额", "付款人名称", "用途"),
                    List.of("2026-03-01", 300.0, "", "赵六", "HY" + REFERENCE.substring(2)));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
        }
        StatementLine line = StatementReader.read(out.toByteArray()).lines().get(0);
        assertEquals(new BigDecimal("300.00"), line.amount());
        assertEquals(REFERENCE, line.reference());
        assertEquals("赵六", line.payerName());
    }

    @Test
    void refusesAFileWithoutTheColumnsAStatementNeeds() {
        BusinessException refused = assertThrows(BusinessException.class, () -> StatementReader.read(
                "name,phone\nZhang,139\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.missingColumns", refused.getMessageKey());
    }

    @Test
    void aReferenceIsFoundInFreeTextAndOneWithAWrongCheckCharacterIsPassedOver() {
        String wrong = REFERENCE.substring(0, REFERENCE.length() - 1)
                + (REFERENCE.endsWith("2") ? "3" : "2");
        assertEquals(Optional.of(REFERENCE), RemittanceReference.find("会费" + wrong + "，更正：" + REFERENCE + " 张三"));
        assertEquals(Optional.empty(), RemittanceReference.find("会费 " + wrong));
        assertEquals(Optional.empty(), RemittanceReference.find(null));
    }

    @Test
    void theSameBankLineHasTheSameFingerprintAndAnotherDayAnother() {
        String line = "交易日期,贷方发生额,对方账号,附言\n2026-01-05,300.00,6217,会费 " + REFERENCE + "\n";
        StatementLine once = StatementReader.read(line.getBytes(StandardCharsets.UTF_8)).lines().get(0);
        StatementLine again = StatementReader.read(line.getBytes(StandardCharsets.UTF_8)).lines().get(0);
        StatementLine later = StatementReader.read(line.replace("01-05", "01-06").getBytes(StandardCharsets.UTF_8)).lines()
                .get(0);
        assertEquals(once.fingerprint(), again.fingerprint());
        assertEquals(64, once.fingerprint().length());
        assertEquals(false, once.fingerprint().equals(later.fingerprint()));
    }

    @Test
    void matchingTellsEachOutcomeAndALineCannotPayAnInvoiceAnotherLinePays() {
        String other = RemittanceReference.create(2026);
        String text = "交易日期,借方发生额,贷方发生额,附言\n"
                + "2026-01-05,,300.00," + REFERENCE + "\n"
                + "2026-01-06,,300.00,again " + REFERENCE + "\n"
                + "2026-01-05,,300.00," + REFERENCE + "\n"
                + "2026-01-07,,100.00," + other + "\n"
                + "2026-01-08,,100.00,dues\n"
                + "2026-01-09,5.00,,fee\n"
                + "bad,,1.00,x\n";
        StatementFile file = StatementReader.read(text.getBytes(StandardCharsets.UTF_8));
        Map<String, OpenInvoice> invoices = Map.of(REFERENCE, new OpenInvoice(1, REFERENCE, "张三", new BigDecimal("300.00")),
                other, new OpenInvoice(2, other, "李四", new BigDecimal("300.00")));
        StatementMatching matching = StatementMatching.of(file, invoices, Map.of(), 7);
        assertEquals(List.of(StatementOutcome.MATCHED, StatementOutcome.ALREADY_PAID, StatementOutcome.DUPLICATE,
                StatementOutcome.PARTIAL, StatementOutcome.UNMATCHED, StatementOutcome.IGNORED, StatementOutcome.ERROR),
                matching.lines().stream().map(MatchedLine::outcome).toList());
        String paid = file.lines().get(0).fingerprint();
        assertEquals(StatementOutcome.PAID, StatementMatching.of(file, invoices, Map.of(paid, 7L), 7).lines().get(0).outcome());
        assertEquals(StatementOutcome.DUPLICATE, StatementMatching.of(file, invoices, Map.of(paid, 8L), 7).lines().get(0)
                .outcome());
        assertEquals(1, matching.counts().get(StatementOutcome.MATCHED));
        assertEquals(0, matching.counts().get(StatementOutcome.PAID));
    }
}
