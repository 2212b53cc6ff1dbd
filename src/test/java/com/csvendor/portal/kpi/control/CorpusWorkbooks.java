package com.csvendor.portal.kpi.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbooks of the import corpus ({@code src/test/resources/kpi/corpus}) from each case's
 * {@code cells.tsv}: the values as Excel stores them (a rate cell shown as 93.60 % holds 0.936). Run
 * from the project root when a {@code cells.tsv} changes; each case's expected.py reads the same TSV.
 * Also the Kuaishou case's workbook, from the rows written here.
 */
final class CorpusWorkbooks {

    private static final Set<String> RATES = Set.of("30秒应答率", "留言回复率", "满意度");

    private CorpusWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("src/test/resources/kpi/corpus");
        // 咚咚 客服绩效 as JD's back office exports it: rate cells in a percent format, dates as date cells.
        write(corpus.resolve("jd-xlsx-percent-format"), "jd-dongdong-20261101.xlsx", "0.00%", true);
        // The same report saved by a tool that drops number formats: General cells holding fractions, text dates.
        write(corpus.resolve("jd-xlsx-plain-fractions"), "jd-dongdong-20261103.xlsx", null, false);
        kuaishou(corpus.resolve("kuaishou-assessment-xlsx/kuaishou-assessment.xlsx"));
    }

    /** {@code rateFormat}: the rate cells' number format, {@code null} for General. */
    static void write(Path dir, String fileName, String rateFormat, boolean dateCells) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("cells.tsv"), StandardCharsets.UTF_8);
        String[] headers = lines.get(0).split("\t");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(fileName))) {
            Sheet sheet = wb.createSheet("客服绩效");
            CellStyle rate = null;
            if (rateFormat != null) {
                rate = wb.createCellStyle();
                rate.setDataFormat(wb.createDataFormat().getFormat(rateFormat));
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r).split("\t");
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 0) {
                        row.createCell(c).setCellValue(cells[c]);
                    } else if (c == 1) {
                        if (dateCells) {
                            row.createCell(c).setCellValue(LocalDate.parse(cells[c]));
                            row.getCell(c).setCellStyle(date);
                        } else {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    } else {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                        if (rate != null && RATES.contains(headers[c])) {
                            row.getCell(c).setCellStyle(rate);
                        }
                    }
                }
            }
            wb.write(out);
        }
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
