package org.association.common;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** What the exports' XLSX sheets share: a bold header row kept in view, an auto-filter, cell formats. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** A style of that data format, say "@" (text, which Excel never evaluates) or "yyyy-mm-dd". */
    public static CellStyle format(Workbook workbook, String dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(dataFormat));
        return style;
    }

    /** The first row, in bold. */
    public static void headerRow(Sheet sheet, List<String> headers) {
        CellStyle bold = sheet.getWorkbook().createCellStyle();
        Font font = sheet.getWorkbook().createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
    }

    /** An auto-filter over the rows up to {@code lastRow}, the header row frozen, columns wide enough to read. */
    public static void finish(Sheet sheet, int lastRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns - 1));
        sheet.createFreezePane(0, 1);
        sheet.setDefaultColumnWidth(16);
    }
}
