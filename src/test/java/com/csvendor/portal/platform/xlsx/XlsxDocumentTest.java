package com.csvendor.portal.platform.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxDocumentTest {

    @Test
    void figuresAreNumericCellsNoFigureIsNoCellAndTextNeverRunsAsAFormula() throws Exception {
        byte[] bytes;
        try (XlsxDocument book = new XlsxDocument()) {
            Sheet sheet = book.sheet("Due: 2026/11 [all]");
            book.header(sheet, 0, 0, "Vendor");
            book.text(sheet, 1, 0, "=HYPERLINK(\"http://x\")");
            book.number(sheet, 1, 1, new BigDecimal("-80.00"), XlsxDocument.MONEY, XlsxDocument.Fill.WORST);
            book.money(sheet, 1, 2, null);
            book.date(sheet, 1, 3, LocalDate.of(2026, 12, 5));
            book.money(sheet, 1, 4, new BigDecimal("12"));
            book.money(sheet, 1, 5, new BigDecimal("13"));
            bytes = book.toBytes();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = read.getSheetAt(0);
            assertEquals("Due  2026 11  all ", sheet.getSheetName(), "characters Excel forbids in a sheet name");
            assertTrue(read.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            Row row = sheet.getRow(1);
            assertEquals("'=HYPERLINK(\"http://x\")", row.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(-80.0, row.getCell(1).getNumericCellValue(), 0.0);
            assertEquals("\"¥\"#,##0.00", row.getCell(1).getCellStyle().getDataFormatString());
            assertNull(row.getCell(2), "no figure is no cell, not 0");
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(3)));
            assertEquals("\"¥\"#,##0.00", row.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(5, read.getNumCellStyles(), "default, header, ¥ filled, date, money: each made once");
        }
    }
}
