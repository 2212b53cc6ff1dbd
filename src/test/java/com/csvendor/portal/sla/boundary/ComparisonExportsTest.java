package com.csvendor.portal.sla.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ComparisonExportsTest {

    @Test
    void textThatWouldRunAsAFormulaIsNeutralisedAndFiguresAreNumericCells() throws Exception {
        byte[] xlsx = ComparisonExports.xlsx(ComparisonFixtures.view("=HYPERLINK(\"http://x\")", "+店"), Locale.ENGLISH);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            boolean vendorSeen = false;
            boolean conversionSeen = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cell");
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                        assertEquals("'=HYPERLINK(\"http://x\")", cell.getStringCellValue());
                        vendorSeen = true;
                    }
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("店")) {
                        assertTrue(cell.getStringCellValue().startsWith("'+店"), cell.getStringCellValue());
                    }
                }
                Cell first = row.getCell(0);
                if (first != null && first.getStringCellValue().equals("Conversion rate")) {
                    assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
                    assertEquals(25.0, row.getCell(1).getNumericCellValue(), 0.0);
                    conversionSeen = true;
                }
            }
            assertTrue(vendorSeen && conversionSeen);
        }
    }

    @Test
    void thePdfIsInTheReadersLanguage() {
        byte[] pdf = ComparisonExports.pdf(ComparisonFixtures.view("云帆客服", "萌宠旗舰店"), Locale.SIMPLIFIED_CHINESE);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(pdf.length > 1000);
    }
}
