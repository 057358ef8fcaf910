package org.association.dues.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.common.Spreadsheets;
import org.association.dues.boundary.PeriodFigures;

/**
 * The dues report as a file, one period a row, headers in the reader's language: CSV (UTF-8 with a byte order mark,
 * for Excel) or XLSX with the amounts as number cells, to add up. Writes to the caller's stream and leaves it open.
 */
public final class DuesReportFile {

    private static final List<String> HEADERS_EN = List.of("period", "invoices", "expected", "received", "written off",
            "outstanding");
    private static final List<String> HEADERS_ZH = List.of("缴费期", "缴费通知数", "应收", "已收", "核销", "未收");

    private DuesReportFile() {
    }

    public static void csv(List<PeriodFigures> periods, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(headers(locale));
        for (PeriodFigures period : periods) {
            printer.printRecord(period.periodStart(), period.invoices(), period.expected().toPlainString(),
                    period.received().toPlainString(), period.writtenOff().toPlainString(), period.outstanding().toPlainString());
        }
        printer.flush();
    }

    public static void xlsx(List<PeriodFigures> periods, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(isChinese(locale) ? "会费" : "Dues");
            CellStyle money = Spreadsheets.format(workbook, "0.00");
            CellStyle day = Spreadsheets.format(workbook, "yyyy-mm-dd");
            Spreadsheets.headerRow(sheet, headers(locale));
            int last = 0;
            for (PeriodFigures period : periods) {
                Row row = sheet.createRow(++last);
                row.createCell(0).setCellValue(period.periodStart());
                row.getCell(0).setCellStyle(day);
                row.createCell(1).setCellValue(period.invoices());
                BigDecimal[] amounts = {period.expected(), period.received(), period.writtenOff(), period.outstanding()};
                for (int i = 0; i < amounts.length; i++) {
                    row.createCell(2 + i).setCellValue(amounts[i].doubleValue());
                    row.getCell(2 + i).setCellStyle(money);
                }
            }
            Spreadsheets.finish(sheet, last, HEADERS_EN.size());
            workbook.write(out);
        }
    }

    private static List<String> headers(Locale locale) {
        return isChinese(locale) ? HEADERS_ZH : HEADERS_EN;
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
