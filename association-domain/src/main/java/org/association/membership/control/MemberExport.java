package org.association.membership.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.association.common.Spreadsheets;
import org.association.membership.entity.Member;

/**
 * Writes members as a file that {@link MemberImportReader} reads back unchanged: every {@link MemberColumn},
 * headers and labels in the user's language. Both methods write to the caller's stream and leave it open.
 */
public final class MemberExport {

    /** A cell that starts with one of these is a formula to a spreadsheet (OWASP "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final List<MemberColumn> COLUMNS = List.of(MemberColumn.values());

    private MemberExport() {
    }

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark: without one, Excel reads the file in the ANSI code
     * page, and Chinese turns to mojibake. A value that a spreadsheet would take for a formula gets a
     * leading apostrophe, which the import takes off again. Returns how many members it wrote.
     */
    public static long csv(Stream<Member> members, Locale locale, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(COLUMNS.stream().map(column -> column.header(locale)));
        long rows = 0;
        for (Iterator<Member> it = members.iterator(); it.hasNext(); rows++) {
            Member member = it.next();
            printer.printRecord(COLUMNS.stream().map(column -> guard(column.format(member, locale))));
        }
        printer.flush();
        return rows;
    }

    /**
     * The first sheet of an XLSX workbook, streamed (only 100 rows are held in memory; the rest wait in a
     * temporary file, deleted when the workbook closes): a bold header row that stays in view, an auto-filter,
     * dates as date cells. Everything else is a text cell, which Excel never evaluates, so needs no guard.
     * Returns how many members it wrote.
     */
    public static long xlsx(Stream<Member> members, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            SXSSFSheet sheet = workbook.createSheet("zh".equals(locale.getLanguage()) ? "会员" : "Members");
            CellStyle date = Spreadsheets.format(workbook, "yyyy-mm-dd");
            // the "@" (text) format keeps Excel from turning a licence number typed into the cell into a number
            CellStyle text = Spreadsheets.format(workbook, "@");
            Spreadsheets.headerRow(sheet, COLUMNS.stream().map(column -> column.header(locale)).toList());
            int last = 0;
            for (Iterator<Member> it = members.iterator(); it.hasNext(); ) {
                Member member = it.next();
                Row row = sheet.createRow(++last);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    MemberColumn column = COLUMNS.get(i);
                    String value = column.format(member, locale);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (column.get(member) instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                        cell.setCellStyle(text);
                    }
                }
            }
            Spreadsheets.finish(sheet, last, COLUMNS.size());
            workbook.write(out);
            return last;
        }
    }

    /** The value with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String guard(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Takes off the apostrophe that {@link #guard} put in front of a value. */
    static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0 ? value.substring(1)
                : value;
    }
}
