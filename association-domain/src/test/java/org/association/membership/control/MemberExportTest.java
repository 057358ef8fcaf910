package org.association.membership.control;

import static org.association.membership.control.Fixtures.ENGLISH_HEADER;
import static org.association.membership.control.Fixtures.VALIDATOR;
import static org.association.membership.control.Fixtures.register;
import static org.association.membership.control.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.membership.entity.Member;
import org.junit.jupiter.api.Test;

class MemberExportTest {

    @Test
    void writesCsvWithBomHeaderAndRfc4180Quoting() {
        String csv = new String(Fixtures.csv(register(), Locale.ENGLISH), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFF" + ENGLISH_HEADER + "\r\n"), csv);
        assertTrue(csv.contains("\r\nM000001,INDIVIDUAL,张伟,Zhang Wei,主任医师,心血管内科,110510100000001,,,成都高新区人民医院,"
                + "zhang.wei@example.org,13980000001,,,2018-03-01,2026-12-31,ACTIVE,false,"), csv);
        assertTrue(csv.contains(",\"'-2 分：2023年度考核\n第二行，含\"\"引号\"\"\"\r\n"), "quoted, quotes doubled, line break kept");
    }

    @Test
    void guardsCsvValuesThatASpreadsheetWouldRunAsFormulas() {
        String csv = new String(Fixtures.csv(register(), Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);

        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"\r\n"), csv);
        assertTrue(csv.contains(",'+86 28 8512 0002,"), csv);
        assertTrue(csv.contains(",'@成都市卫生健康委员会,"), csv);
        assertTrue(csv.contains("\r\nM000003,单位,成都高新区人民医院,"), csv);
        assertTrue(csv.contains(",综合医院,"), csv);
        assertTrue(csv.contains(",正常,是,"), csv);
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertTrue(cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0, () -> "unguarded: " + cell);
            }
        }
    }

    @Test
    void csvImportsBackAsTheSameMembersUnchanged() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertImportsBackUnchanged(Fixtures.csv(register(), locale));
        }
    }

    @Test
    void xlsxImportsBackAsTheSameMembersUnchanged() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertImportsBackUnchanged(Fixtures.xlsx(register(), locale));
        }
    }

    @Test
    void writesAWorkbookWithBoldHeaderDateCellsTextCellsAndAFilter() throws IOException {
        byte[] content = Fixtures.xlsx(register(), Locale.SIMPLIFIED_CHINESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("会员", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("会员编号", header.getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            assertEquals("A1:S4", sheet.getCTWorksheet().getAutoFilter().getRef());

            Row zhang = sheet.getRow(1);
            Cell joined = zhang.getCell(MemberColumn.JOINED_ON.ordinal());
            assertEquals(CellType.NUMERIC, joined.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(joined));
            assertEquals("2018-03-01", joined.getLocalDateTimeCellValue().toLocalDate().toString());
            Cell notes = zhang.getCell(MemberColumn.NOTES.ordinal());
            assertEquals(CellType.STRING, notes.getCellType(), "text, never a formula");
            assertEquals("=HYPERLINK(\"http://evil.example\",\"点击\")", notes.getStringCellValue());
            assertEquals(CellType.STRING, zhang.getCell(MemberColumn.LICENCE_NUMBER.ordinal()).getCellType());
            assertEquals(null, sheet.getRow(2).getCell(MemberColumn.PAID_UP_UNTIL.ordinal()), "no cell for no value");
        }
    }

    private static void assertImportsBackUnchanged(byte[] content) {
        List<Member> stored = register();
        ImportFile file = MemberImportReader.read(content);

        assertEquals(List.of(MemberColumn.values()), file.columns());
        assertEquals(List.of(), file.unknownColumns());
        assertEquals(stored.stream().map(Fixtures::values).toList(), file.rows().stream().map(row -> values(row.member()))
                .toList());
        ImportPreview preview = ImportPreview.of(file, MemberLookups.of(stored), VALIDATOR);
        assertEquals(Map.of(ImportOutcome.NEW, 0, ImportOutcome.UPDATE, 0, ImportOutcome.UNCHANGED, 3, ImportOutcome.ERROR, 0),
                preview.counts(),
                () -> preview.rows().toString());
    }
}
