package org.association.dues.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.dues.boundary.PeriodFigures;
import org.junit.jupiter.api.Test;

class DuesReportFileTest {

    private static final List<PeriodFigures> PERIODS = List.of(
            new PeriodFigures(LocalDate.parse("2026-01-01"), 36, new BigDecimal("38900.00"), new BigDecimal("6300.50"),
                    new BigDecimal("0.00"), new BigDecimal("32599.50")),
            new PeriodFigures(LocalDate.parse("2025-01-01"), 30, new BigDecimal("9000.00"), new BigDecimal("8700.00"),
                    new BigDecimal("300.00"), new BigDecimal("0.00")));

    @Test
    void theCsvHasAByteOrderMarkHeadersInTheReadersLanguageAndExactAmounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DuesReportFile.csv(PERIODS, Locale.SIMPLIFIED_CHINESE, out);
        assertEquals("\uFEFF缴费期,缴费通知数,应收,已收,核销,未收\r\n2026-01-01,36,38900.00,6300.50,0.00,32599.50\r\n"
                + "2025-01-01,30,9000.00,8700.00,300.00,0.00\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theXlsxHoldsTheAmountsAsNumbersToAddUp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DuesReportFile.xlsx(PERIODS, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Dues");
            assertEquals("outstanding", sheet.getRow(0).getCell(5).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals(LocalDate.parse("2026-01-01"), first.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertEquals(6300.50, first.getCell(3).getNumericCellValue());
            assertEquals(300.0, sheet.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }
}
