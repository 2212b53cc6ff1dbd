package com.csvendor.portal.settlement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FinanceXlsxTest {

    private static XSSFWorkbook book(String vendorName, Locale locale) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(
                FinanceXlsx.render(StatementFixtures.dashboard(vendorName), locale)));
    }

    @Test
    void everyPartHasItsSheetInTheReadersLanguage() throws Exception {
        try (XSSFWorkbook en = book("云帆客服", Locale.ENGLISH); XSSFWorkbook zh = book("云帆客服", Locale.SIMPLIFIED_CHINESE)) {
            assertEquals(4, en.getNumberOfSheets());
            assertEquals("By status", en.getSheetName(0));
            assertEquals("Per vendor per month", en.getSheetName(3));
            assertEquals("按状态", zh.getSheetName(0));
            assertEquals("Approved", en.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals("已审批", zh.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, en.getSheetAt(1).getLastRowNum(), "two statements due");
            assertEquals(1, en.getSheetAt(2).getLastRowNum(), "one of them overdue");
        }
    }

    @Test
    void moneyIsNumericInTheOneMoneyFormatAndDatesAreDates() throws Exception {
        try (XSSFWorkbook book = book("云帆客服", Locale.ENGLISH)) {
            Cell amount = book.getSheetAt(0).getRow(1).getCell(2);
            assertEquals(CellType.NUMERIC, amount.getCellType());
            assertEquals(9000.10, amount.getNumericCellValue(), 0.0);
            assertEquals("\"¥\"#,##0.00", amount.getCellStyle().getDataFormatString());
            assertEquals(3.0, book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue(), 0.0);
            Row due = book.getSheetAt(1).getRow(2);
            assertEquals(5919.04, due.getCell(9).getNumericCellValue(), 0.0);
            assertTrue(DateUtil.isCellDateFormatted(due.getCell(7)));
            assertEquals(LocalDate.of(2026, 12, 5), due.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            Row month = book.getSheetAt(3).getRow(1);
            assertEquals("2026-10", month.getCell(1).getStringCellValue());
            assertEquals(1.0, month.getCell(2).getNumericCellValue(), 0.0);
            assertEquals(CellType.NUMERIC, month.getCell(3).getCellType());
            assertEquals("\"¥\"#,##0.00", month.getCell(4).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void textThatWouldRunAsAFormulaIsNeutralised() throws Exception {
        try (XSSFWorkbook book = book("=HYPERLINK(\"http://x\",\"pay\")", Locale.ENGLISH)) {
            boolean seen = false;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType());
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                            assertEquals("'=HYPERLINK(\"http://x\",\"pay\")", cell.getStringCellValue());
                            seen = true;
                        }
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("ST-2")) {
                            assertEquals("'-ST-2", cell.getStringCellValue());
                        }
                    }
                }
            }
            assertTrue(seen, "the vendor's name is in the workbook");
        }
    }
}
