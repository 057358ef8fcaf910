package org.association.membership.control;

import static org.association.membership.control.Fixtures.CHINESE_HEADER;
import static org.association.membership.control.Fixtures.creditCode;
import static org.association.membership.control.Fixtures.licence;
import static org.association.membership.control.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.common.BusinessException;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.junit.jupiter.api.Test;

class MemberImportReaderTest {

    private static final String CHINESE_ROWS = CHINESE_HEADER + "\r\n"
            + "M000001,个人,张伟,Zhang Wei,主任医师,心血管内科," + licence(1)
            + ",,,成都高新区人民医院,zhang.wei@example.org,13980000001,,,2018/3/1,2026-12-31,正常,否,\r\n"
            + ",单位,成都高新区人民医院,,,,,综合医院," + creditCode(3)
            + ",,office3@example.org,028-85120003,\"成都市高新区天府大道中段1号\",https://hospital.example.org,2016-06-20,"
            + ",申请中,是,\"两行\r\n备注\"\r\n";

    @Test
    void readsEnglishHeadersInAnyOrderAndReportsUnknownOnes() {
        ImportFile file = MemberImportReader.read(utf8(
                "Name, KIND ,wechat,Licence Number,joined_on,Status",
                "张伟,individual,zhangwei_md," + licence(1) + ",2018-03-01,active"));

        assertEquals(List.of(MemberColumn.NAME, MemberColumn.KIND, MemberColumn.LICENCE_NUMBER, MemberColumn.JOINED_ON,
                MemberColumn.STATUS),
                file.columns());
        assertEquals(List.of("wechat"), file.unknownColumns());
        ImportRow row = file.rows().get(0);
        assertEquals(2, row.rowNumber());
        Member member = row.member();
        assertEquals("张伟", member.getName());
        assertEquals(MemberKind.INDIVIDUAL, member.getKind());
        assertEquals(licence(1), member.getLicenceNumber());
        assertEquals(LocalDate.of(2018, 3, 1), member.getJoinedOn());
        assertEquals(MemberStatus.ACTIVE, member.getStatus());
        assertNull(member.getMemberNumber());
    }

    @Test
    void readsChineseHeadersAndLabels() {
        List<ImportRow> rows = MemberImportReader.read(CHINESE_ROWS.getBytes(StandardCharsets.UTF_8)).rows();

        assertEquals(2, rows.size());
        Member zhang = rows.get(0).member();
        assertEquals("M000001", zhang.getMemberNumber());
        assertEquals(LocalDate.of(2018, 3, 1), zhang.getJoinedOn());
        assertEquals(false, zhang.isListedInDirectory());
        assertNull(zhang.getNotes());
        Member hospital = rows.get(1).member();
        assertEquals(MemberKind.INSTITUTION, hospital.getKind());
        assertEquals(InstitutionType.GENERAL_HOSPITAL, hospital.getInstitutionType());
        assertEquals(creditCode(3), hospital.getCreditCode());
        assertEquals(MemberStatus.APPLICANT, hospital.getStatus());
        assertEquals(true, hospital.isListedInDirectory());
        assertEquals("两行\r\n备注", hospital.getNotes(), "a line break inside quotes belongs to the value");
        assertEquals(3, rows.get(1).rowNumber());
    }

    @Test
    void readsUtf8WithBomAndGb18030AsExcelSavesThem() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = CHINESE_ROWS.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        byte[] gbk = CHINESE_ROWS.getBytes(Charset.forName("GB18030"));

        List<ImportRow> expected = MemberImportReader.read(utf8).rows();
        for (byte[] content : List.of(withBom, gbk)) {
            ImportFile file = MemberImportReader.read(content);
            assertEquals(MemberColumn.MEMBER_NUMBER, file.columns().get(0), "no BOM left on the first header");
            assertEquals(expected.stream().map(ImportRow::values).toList(), file.rows().stream().map(ImportRow::values).toList());
        }
    }

    @Test
    void trimsCellsAndSkipsBlankRows() {
        ImportFile file = MemberImportReader.read(utf8(
                "kind,name,email",
                ",,",
                "个人,\u3000张伟\u00a0, zhang.wei@example.org ",
                "",
                "个人,李娜,"));

        assertEquals(2, file.rows().size());
        assertEquals(3, file.rows().get(0).rowNumber());
        assertEquals("张伟", file.rows().get(0).member().getName());
        assertEquals("zhang.wei@example.org", file.rows().get(0).member().getEmail());
        assertEquals(5, file.rows().get(1).rowNumber());
        assertNull(file.rows().get(1).member().getEmail(), "an empty cell is null");
    }

    @Test
    void turnsAMalformedRowIntoARowErrorAndReadsOn() {
        ImportFile file = MemberImportReader.read(utf8(
                "kind,name,address",
                "个人,张伟,\"成都市\"高新区",
                "个人,李娜,\"成都市武侯区",
                "个人,王芳,成都市锦江区",
                "个人,刘洋,成都市青羊区,多余,",
                "个人,陈静,成都市成华区,,,"));

        List<ImportRow> rows = file.rows();
        assertEquals(5, rows.size());
        assertEquals("import.row.malformed", rows.get(0).errors().get(0).messageKey(), "text after a closing quote");
        assertEquals("import.row.malformed", rows.get(1).errors().get(0).messageKey(), "a quote that never closes");
        assertEquals("王芳", rows.get(2).member().getName(), "the row after the unclosed quote is read");
        RowError tooMany = rows.get(3).errors().get(0);
        assertEquals("import.row.tooManyColumns", tooMany.messageKey());
        assertNull(tooMany.field());
        assertEquals(List.of(4, 3), tooMany.arguments());
        assertEquals("陈静", rows.get(4).member().getName(), "empty trailing cells are no extra columns");
        assertEquals(List.of(2, 3, 4, 5, 6), rows.stream().map(ImportRow::rowNumber).toList());
    }

    @Test
    void refusesControlCharactersButKeepsLineBreaksInNotes() {
        ImportFile file = MemberImportReader.read(utf8(
                "kind,name,notes",
                "个人,张\u0000伟,",
                "个人,李娜,\"第一行\n第二行\ttab\"",
                "个人,王芳,\"\u0007\""));

        assertEquals(List.of(new RowError("name", "import.value.control", List.of())), file.rows().get(0).errors());
        assertEquals("第一行\n第二行\ttab", file.rows().get(1).member().getNotes());
        assertEquals("notes", file.rows().get(2).errors().get(0).field());
    }

    @Test
    void reportsEveryBadCellOfARow() {
        ImportRow row = MemberImportReader.read(utf8(
                "kind,name,joined_on,listed_in_directory,institution_type",
                "团体,,2024-02-30,也许,医院")).rows().get(0);

        assertNull(row.member());
        assertEquals(List.of("name:import.value.required", "kind:import.value.choice", "institutionType:import.value.choice",
                        "joinedOn:import.value.date", "listedInDirectory:import.value.boolean"),
                row.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList());
        assertEquals(List.of("2024-02-30"), row.errors().get(3).arguments());
    }

    @Test
    void refusesFilesItCannotTake() {
        assertRefused("import.file.tooLarge", new byte[MemberImportReader.MAX_BYTES + 1]);
        assertRefused("import.file.empty", new byte[0]);
        assertRefused("import.file.empty", utf8("", ",,"));
        assertRefused("import.file.missingColumns", utf8("member_number,name", "M000001,张伟"));
        assertRefused("import.file.duplicateColumn", utf8("kind,name,姓名", "个人,张伟,张伟"));
        assertRefused("import.file.header", utf8("kind,\"name", "个人,张伟"));
        assertRefused("import.file.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertRefused("import.file.unreadable", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertRefused("import.file.encoding", new byte[] {'k', 'i', 'n', 'd', (byte) 0xFF, (byte) 0xFE});
    }

    @Test
    void refusesMoreThanTheRowLimit() {
        StringBuilder csv = new StringBuilder("kind,name\r\n");
        for (int i = 0; i < MemberImportReader.MAX_ROWS; i++) {
            csv.append("个人,张伟\r\n");
        }
        assertEquals(MemberImportReader.MAX_ROWS, MemberImportReader.read(csv.toString().getBytes(StandardCharsets.UTF_8)).rows()
                .size());
        csv.append("个人,李娜\r\n");
        BusinessException e = assertRefused("import.file.tooManyRows", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new Object[] {MemberImportReader.MAX_ROWS}, e.getArguments());
    }

    @Test
    void refusesAWorkbookOverTheRowLimitWhileStreamingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            for (int i = 0; i <= MemberImportReader.MAX_ROWS + 1; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i == 0 ? "kind" : "个人");
                row.createCell(1).setCellValue(i == 0 ? "name" : "张伟");
            }
            workbook.write(out);
        }

        assertRefused("import.file.tooManyRows", out.toByteArray());
    }

    @Test
    void readsTheFirstSheetOfAWorkbookAsExcelTypesIt() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("会员");
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("not read");
            Row header = sheet.createRow(0);
            List<String> headers = List.of("类型", "姓名", "执业证书编码", "入会日期", "公开展示", "电话");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            CellStyle usDate = workbook.createCellStyle();
            usDate.setDataFormat((short) 14); // Excel's built-in m/d/yy
            Row row = sheet.createRow(2); // row 2 left empty, as people do
            row.createCell(0).setCellValue("个人");
            row.createCell(1).setCellValue("张伟");
            row.createCell(2).setCellValue(110510100000001d); // a licence number typed as a number
            row.createCell(3).setCellValue(LocalDate.of(2018, 3, 1));
            row.getCell(3).setCellStyle(usDate);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellValue(13980000001d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            content = out.toByteArray();
        }

        ImportFile file = MemberImportReader.read(content);

        assertEquals(1, file.rows().size());
        ImportRow row = file.rows().get(0);
        assertEquals(3, row.rowNumber(), "the row number Excel shows");
        Member member = row.member();
        assertNotNull(member, () -> row.errors().toString());
        assertEquals(licence(1), member.getLicenceNumber());
        assertEquals(LocalDate.of(2018, 3, 1), member.getJoinedOn());
        assertTrue(member.isListedInDirectory());
        assertEquals("13980000001", member.getPhone());
    }

    @Test
    void refusesAWorkbookThatUnpacksToMoreThanTheLimitBeforeUnpackingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>张伟</t></is></c></row>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= MemberImportReader.MAX_UNPACKED_BYTES; written += row.length) {
                zip.write(row);
            }
        }

        BusinessException e = assertRefused("import.file.unpacksTooLarge", out.toByteArray());
        assertArrayEquals(new Object[] {100L}, e.getArguments(), "in MB");
    }

    private static BusinessException assertRefused(String messageKey, byte[] content) {
        BusinessException e = assertThrows(BusinessException.class, () -> MemberImportReader.read(content));
        assertEquals(messageKey, e.getMessageKey(), () -> Arrays.toString(e.getArguments()));
        return e;
    }
}
