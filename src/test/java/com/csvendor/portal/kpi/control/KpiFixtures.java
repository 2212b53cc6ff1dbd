package com.csvendor.portal.kpi.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report fixtures under {@code src/test/resources/kpi} and ways to read them. {@link #main}
 * regenerates the two committed workbooks ({@code douyin.xlsx}, {@code xxe.xlsx}); the CSVs are
 * text, edited by hand ({@code taobao-gbk.csv} and {@code jd-gbk.csv} are {@code iconv -t GBK}
 * of the UTF-8 text).
 */
final class KpiFixtures {

    private KpiFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(KpiFixtures.class.getResource("/kpi/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every physical row of the file. */
    static List<RawRow> rows(Path file, ImportLimits limits) {
        try (ReportFile report = ReportFile.open(file, limits)) {
            List<RawRow> rows = new ArrayList<>();
            for (RawRow row = report.next(); row != null; row = report.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    /** Every row below the header, parsed with the detected (or given) profile. */
    static List<ParsedRow> parseAll(Path file, String profileCode) {
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            ReportLayout layout = ReportLayout.detect(report, BuiltInProfiles.all(), profileCode);
            KpiRowParser parser = layout.parser();
            List<ParsedRow> rows = new ArrayList<>();
            for (RawRow row = report.next(); row != null; row = report.next()) {
                rows.add(parser.parse(row));
            }
            return rows;
        }
    }

    static List<KpiValues> data(List<ParsedRow> rows) {
        return rows.stream().filter(r -> r.status() == ParsedRow.Status.DATA).map(ParsedRow::values).toList();
    }

    /** Regenerates the committed workbooks; run from the project root. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of("src/test/resources/kpi");
        douyin(dir.resolve("douyin.xlsx"));
        new MiniXlsx(withExternalEntity(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>客服</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>日期</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>2026-11-01</t></is></c></row>")))
                .write(dir.resolve("xxe.xlsx"));
    }

    /** An XML part with a DOCTYPE declaring {@code &xxe;} as the content of /etc/hostname. */
    static String withExternalEntity(String xml) {
        int root = xml.indexOf('<', xml.indexOf("?>"));
        String name = xml.substring(root + 1).split("[ >]", 2)[0];
        return xml.substring(0, root) + "<!DOCTYPE " + name + " [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                + xml.substring(root);
    }

    /** 飞鸽 export of 美妆抖音小店 (BEAUTY-DY), agents of 星辰客服, as Excel shows it. */
    static void douyin(Path file) throws IOException {
        String[] agents = {"美妆抖音小店-星星", "美妆抖音小店-月儿", "美妆抖音小店-晴晴"};
        String[] headers = {"客服", "日期", "接待会话量", "已接待人数", "全天首响时长", "全天平响时长", "全天3分钟回复率",
            "询单人数", "下单人数", "支付人数", "客服询单支付额", "退款人数", "退款金额", "全天满意率", "有效评价数"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("客服数据");
            CellStyle isoDate = style(wb, "yyyy/m/d");
            CellStyle shortDate = style(wb, "m/d/yy");
            CellStyle elapsed = style(wb, "[h]:mm:ss");
            CellStyle percent = style(wb, "0.00%");
            CellStyle money = style(wb, "#,##0.00");
            sheet.createRow(0).createCell(0).setCellValue("飞鸽客服数据 · 美妆抖音小店");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
            sheet.createRow(1).createCell(0).setCellValue("数据时间：2026-11-01 至 2026-11-03");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            int r = 3;
            for (int day = 1; day <= 3; day++) {
                for (int a = 0; a < agents.length; a++) {
                    Row row = sheet.createRow(r++);
                    int k = day * 10 + a;
                    row.createCell(0).setCellValue(agents[a]);
                    row.createCell(1).setCellValue(LocalDate.of(2026, 11, day));
                    row.getCell(1).setCellStyle(day == 3 ? shortDate : isoDate);
                    row.createCell(2).setCellValue(300 + k);
                    row.createCell(3).setCellValue(280 + k);
                    if (a == 2 && day == 2) {
                        row.createCell(4).setCellValue("12秒");
                    } else {
                        row.createCell(4).setCellValue(8.5 + a);
                    }
                    row.createCell(5).setCellValue((25 + a) / 86_400.0);
                    row.getCell(5).setCellStyle(elapsed);
                    row.createCell(6).setCellValue(0.9971 - a / 100.0);
                    row.getCell(6).setCellStyle(percent);
                    row.createCell(7).setCellValue(90 + k);
                    row.createCell(8).setCellValue(40 + a);
                    row.createCell(9).setCellValue(35 + a);
                    row.createCell(10).setCellValue(12345.6 + k * 100);
                    row.getCell(10).setCellStyle(money);
                    row.createCell(11).setCellValue(a);
                    if (a != 1) {
                        row.createCell(12).setCellValue(99.9 * a);
                        row.getCell(12).setCellStyle(money);
                    }
                    row.createCell(13).setCellValue(0.95 + a / 100.0);
                    row.getCell(13).setCellStyle(percent);
                    row.createCell(14).setCellValue(60 + a);
                }
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue("总计");
            total.createCell(2).setCellFormula("SUM(C4:C12)");
            wb.write(out);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
