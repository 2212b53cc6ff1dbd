package com.csvendor.portal.kpi.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed workbooks of the import corpus; run from the project root:
 * {@code java -cp target/test-classes:target/classes:<test classpath> com.csvendor.portal.kpi.control.CorpusWorkbooks}.
 */
final class CorpusWorkbooks {

    private CorpusWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        kuaishou(Path.of("src/test/resources/kpi/corpus/kuaishou-assessment-xlsx/kuaishou-assessment.xlsx"));
    }

    /**
     * 快手小店 客服考核 as its download is laid out: the header in the first row, the shop's row
     * (汇总) next, then one row per agent and day; counts and money are numbers, the date a date
     * cell, rates and durations text as the back office shows them.
     */
    static void kuaishou(Path file) throws IOException {
        String[] headers = {"日期", "客服昵称", "咨询人数", "咨询人次", "人工会话量", "人工平均回复时长", "三分钟回复率（人维度）",
            "三分钟回复率（会话）", "好评率（人维度）", "好评率（会话）", "询单人数", "下单人数", "支付人数", "询单转化率", "客服销售额"};
        Object[][] rows = {
            {null, "汇总", 805, 914, 849, "27秒", "97.02%", "96.47%", "93.87%", "93.53%", 315, 130, 119, "37.78%", 15895.50},
            {LocalDate.of(2026, 11, 5), "快宠小店-小米", 125, 140, 131, "18秒", "96.00%", "95.42%", "94.40%", "94.10%", 50, 22, 20, "40.00%", 2580.00},
            {LocalDate.of(2026, 11, 5), "快宠小店-阿杰", 80, 91, 85, "1分05秒", "95.00%", "94.12%", "90.00%", "89.41%", 40, 15, 14, "35.00%", 1806.50},
            {LocalDate.of(2026, 11, 5), "快宠小店-晴天", 200, 233, 214, "25秒", "99.50%", "99.07%", "95.00%", "94.86%", 80, 33, 30, "37.50%", 4110.00},
            {LocalDate.of(2026, 11, 6), "快宠小店-小米", 100, 112, 104, "20秒", "97.00%", "96.15%", "93.00%", "92.31%", 25, 11, 10, "40.00%", 1290.00},
            {LocalDate.of(2026, 11, 6), "快宠小店-阿杰", 50, 57, 53, "2分", "92.00%", "90.57%", "-", "-", 20, 8, 7, "35.00%", 903.00},
            {LocalDate.of(2026, 11, 6), "快宠小店-晴天", 250, 281, 262, "22秒", "98.40%", "98.09%", "94.00%", "93.89%", 100, 41, 38, "38.00%", 5206.00},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("客服考核");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < headers.length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v instanceof Double m) {
                        row.createCell(c).setCellValue(m);
                        row.getCell(c).setCellStyle(money);
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
    }
}
