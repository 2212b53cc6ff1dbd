package com.csvendor.portal.settlement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.platform.xlsx.XlsxDocument;
import com.csvendor.portal.sla.boundary.ComparisonExports;
import com.csvendor.portal.sla.boundary.ComparisonFixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Money reads one way in every export: the finance dashboard's amounts and the comparison's fees and
 * agent sales are numeric cells (so they sum in Excel) in the one money format, ¥1,234.50.
 */
class ExportMoneyCellsTest {

    @Test
    void theFinanceAndComparisonExportsWriteMoneyAsNumbersInTheSameFormat() throws Exception {
        List<Cell> money = new ArrayList<>();
        try (XSSFWorkbook finance = read(FinanceXlsx.render(StatementFixtures.dashboard("云帆客服"), Locale.ENGLISH));
                XSSFWorkbook comparison = read(ComparisonExports.xlsx(ComparisonFixtures.view("云帆客服", "萌宠旗舰店"),
                        Locale.ENGLISH))) {
            Cell draftTotal = finance.getSheetAt(0).getRow(1).getCell(2);
            assertEquals(9000.10, draftTotal.getNumericCellValue(), 0.0);
            Cell amountDue = finance.getSheetAt(1).getRow(2).getCell(9);
            assertEquals(5919.04, amountDue.getNumericCellValue(), 0.0);
            Cell vendorMonth = finance.getSheetAt(3).getRow(1).getCell(3);
            assertEquals(5919.04, vendorMonth.getNumericCellValue(), 0.0);
            Sheet sheet = comparison.getSheetAt(0);
            Cell fees = valueOf(sheet, "Service fees");
            assertEquals(600.00, fees.getNumericCellValue(), 0.0);
            Cell sales = lastCellOf(sheet, "2026-01");
            assertEquals(2500.50, sales.getNumericCellValue(), 0.0, "the trend's agent sales");
            money.addAll(List.of(draftTotal, amountDue, vendorMonth, fees, sales));
            for (Cell c : money) {
                assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
                assertEquals("\"¥\"#,##0.00", c.getCellStyle().getDataFormatString(), c.getAddress().toString());
            }
            assertEquals(XlsxDocument.MONEY, fees.getCellStyle().getDataFormatString());
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The first figure of the row whose first cell is the label. */
    private static Cell valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** The last cell of the row whose second cell is the text (a trend row: vendor, month, figures). */
    private static Cell lastCellOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell second = row.getCell(1);
            if (second != null && second.getCellType() == CellType.STRING && second.getStringCellValue().equals(text)) {
                assertTrue(row.getLastCellNum() > 2);
                return row.getCell(row.getLastCellNum() - 1);
            }
        }
        throw new AssertionError("no row " + text);
    }
}
