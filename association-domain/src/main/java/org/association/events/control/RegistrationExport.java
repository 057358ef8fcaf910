package org.association.events.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.association.common.Spreadsheets;
import org.association.membership.control.MemberExport;

/**
 * Writes registrations as a CSV or XLSX file with the given columns, headers in the columns' language, as the member
 * export writes members. Both methods write to the caller's stream and leave it open, and return how many rows they
 * wrote.
 */
public final class RegistrationExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RegistrationExport() {
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark (for Excel), formula-like values guarded by an apostrophe. */
    public static long csv(Stream<RegistrationRow> rows, RegistrationColumns columns, OutputStream out) throws IOException {
        List<RegistrationColumns.Column> all = columns.build();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(all.stream().map(column -> column.header(columns.locale())));
        long written = 0;
        for (Iterator<RegistrationRow> it = rows.iterator(); it.hasNext(); written++) {
            RegistrationRow row = it.next();
            printer.printRecord(all.stream().map(column -> column.value().apply(row))
                    .map(value -> value instanceof BigDecimal ? text(value) : MemberExport.guard(text(value))));
        }
        printer.flush();
        return written;
    }

    /**
     * The first sheet of a streamed XLSX workbook: a bold header row kept in view, an auto-filter, amounts as number
     * cells (to add up), everything else as text cells, which Excel never evaluates.
     */
    public static long xlsx(Stream<RegistrationRow> rows, RegistrationColumns columns, String sheetName, OutputStream out)
            throws IOException {
        List<RegistrationColumns.Column> all = columns.build();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle money = Spreadsheets.format(workbook, "0.00");
            CellStyle text = Spreadsheets.format(workbook, "@");
            Spreadsheets.headerRow(sheet, all.stream().map(column -> column.header(columns.locale())).toList());
            int last = 0;
            for (Iterator<RegistrationRow> it = rows.iterator(); it.hasNext(); ) {
                RegistrationRow registration = it.next();
                Row row = sheet.createRow(++last);
                for (int i = 0; i < all.size(); i++) {
                    Object value = all.get(i).value().apply(registration);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(text(value));
                        cell.setCellStyle(text);
                    }
                }
            }
            Spreadsheets.finish(sheet, last, all.size());
            workbook.write(out);
            return last;
        }
    }

    private static String text(Object value) {
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
