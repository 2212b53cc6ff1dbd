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
}
