package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.RECEIVED;
import static com.csvendor.portal.kpi.entity.KpiField.RESPONDED_30S;
import static com.csvendor.portal.kpi.entity.KpiField.RESPONSE_RATE_30S;
import static com.csvendor.portal.kpi.entity.KpiField.SATISFACTION_RATE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rates written as percentages or as fractions, the unit decided over the whole column, never guessed. */
class RateUnitsTest {

    private static final String JD_HEADER = "客服账号,日期,接待量,30秒应答率,满意度\n";

    @TempDir
    Path dir;

    @Test
    void percentFormattedWorkbookCellsHoldFractionsAndReadAsPercent() throws IOException {
        Path file = jdWorkbook("0.00%", 0.9336, 0.9871);
        List<KpiValues> data = KpiFixtures.data(KpiFixtures.parseAll(file, null));
        assertEquals(2, data.size());
        assertEquals(0, new BigDecimal("93.36").compareTo(data.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, new BigDecimal("98.71").compareTo(data.get(0).decimal(SATISFACTION_RATE)));
        assertEquals(112L, data.get(0).count(RESPONDED_30S), "93.36 % of 120 = 112.03");
    }

    @Test
    void builtInPercentFormatsNineAndTenAreFractionsToo() throws IOException {
        for (String format : List.of("0%", "0.00%", "[$-804]0.0%")) {
            Path file = jdWorkbook(format, 0.9336, 0.9871);
            KpiValues first = KpiFixtures.data(KpiFixtures.parseAll(file, null)).get(0);
            assertEquals(93.36, first.decimal(RESPONSE_RATE_30S).doubleValue(), 0.0001, format);
        }
    }

    @Test
    void aQuotedPercentSignIsLiteralTextNotAPercentFormat() throws IOException {
        Path file = jdWorkbook("0.00\"%\"", 93.36, 98.71);
        KpiValues first = KpiFixtures.data(KpiFixtures.parseAll(file, null)).get(0);
        assertEquals(0, new BigDecimal("93.36").compareTo(first.decimal(RESPONSE_RATE_30S)));
    }

    @Test
    void generalFormatFractionsInAWholeColumnAtMostOneAreFractions() throws IOException {
        Path file = jdWorkbook("General", 0.9336, 1.0);
        List<KpiValues> data = KpiFixtures.data(KpiFixtures.parseAll(file, null));
        assertEquals(0, new BigDecimal("93.36").compareTo(data.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, new BigDecimal("100").compareTo(data.get(0).decimal(SATISFACTION_RATE)),
                "1 in a column of fractions is 100 %");
    }

    @Test
    void csvPercentSignsAndPlainPercentagesAreKept() {
        List<KpiValues> data = parse("a,2026-11-01,120,93.36%,99%\nb,2026-11-01,80,93.2,1\n");
        assertEquals(0, new BigDecimal("93.36").compareTo(data.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, new BigDecimal("93.2").compareTo(data.get(1).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, BigDecimal.ONE.compareTo(data.get(1).decimal(SATISFACTION_RATE)),
                "1 in a column that writes % signs is 1 %");
    }

    @Test
    void aLoneOneIsSettledByTheColumnsLaterCells() {
        List<KpiValues> fractions = parse("a,2026-11-01,120,1,0\nb,2026-11-01,80,0.95,0\n");
        assertEquals(0, new BigDecimal("100").compareTo(fractions.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, new BigDecimal("95").compareTo(fractions.get(1).decimal(RESPONSE_RATE_30S)));
        List<KpiValues> percents = parse("a,2026-11-01,120,1,0\nb,2026-11-01,80,95,0\n");
        assertEquals(0, BigDecimal.ONE.compareTo(percents.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, BigDecimal.ZERO.compareTo(percents.get(0).decimal(SATISFACTION_RATE)), "0 is 0 in either unit");
    }

    @Test
    void aColumnMixingFractionsAndPercentagesIsRefusedNamingTheRowThatDecided() {
        List<ParsedRow> rows = parseRows("a,2026-11-01,120,0.95,\nb,2026-11-01,80,93.2,\nc,2026-11-01,80,92%,\n");
        assertEquals(ParsedRow.Status.DATA, rows.get(0).status());
        for (ParsedRow row : rows.subList(1, 3)) {
            assertEquals(ParsedRow.Status.INVALID, row.status());
            RowProblem p = row.problems().get(0);
            assertEquals("30秒应答率", p.column());
            assertEquals("kpi.value.rateFractionColumn", p.key());
            assertArrayEquals(new Object[] {2L}, p.arguments());
        }
        RowProblem p = parseRows("a,2026-11-01,120,93.2,\nb,2026-11-01,80,0.95,\n").get(1).problems().get(0);
        assertEquals("kpi.value.ratePercentColumn", p.key());
        assertArrayEquals(new Object[] {2L}, p.arguments());
    }

    @Test
    void aColumnOfOnlyZerosAndOnesIsRefusedAsAmbiguous() {
        Path file = csv("a,2026-11-01,120,1,\nb,2026-11-01,80,0,\nc,2026-11-02,80,1,\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KpiFixtures.parseAll(file, null));
        assertEquals("kpi.file.rateUnitAmbiguous", e.messageKey());
        assertArrayEquals(new Object[] {"30秒应答率"}, e.arguments());
    }

    @Test
    void summaryRowsDoNotDecideTheUnit() {
        List<KpiValues> data = parse("汇总,,200,0.94,\na,2026-11-01,120,93.36,\n");
        assertEquals(0, new BigDecimal("93.36").compareTo(data.get(0).decimal(RESPONSE_RATE_30S)));
    }

    @Test
    void rowsObservedInFileOrderMayBeParsedInAnyOrder() {
        Path file = csv("a,2026-11-01,120,0,\nb,2026-11-01,80,1,\nc,2026-11-01,80,0.5,\n");
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            KpiRowParser parser = ReportLayout.detect(report, BuiltInProfiles.all(), null).parser();
            List<RawRow> rows = new java.util.ArrayList<>();
            for (RawRow row = report.next(); row != null; row = report.next()) {
                parser.observe(row);
                rows.add(row);
            }
            assertEquals(0, new BigDecimal("50").compareTo(parser.parse(rows.get(2)).values().decimal(RESPONSE_RATE_30S)));
            assertEquals(0, new BigDecimal("100").compareTo(parser.parse(rows.get(1)).values().decimal(RESPONSE_RATE_30S)));
            assertEquals(80L, parser.parse(rows.get(1)).values().count(RECEIVED));
        }
    }

    @Test
    void theCorpusJdWorkbooksReadTheirFractionsAsPercentages() {
        List<KpiValues> formatted = KpiFixtures.data(KpiFixtures.parseAll(
                KpiFixtures.resource("corpus/jd-xlsx-percent-format/jd-dongdong-20261101.xlsx"), BuiltInProfiles.JD));
        assertEquals(6, formatted.size());
        assertEquals(0, new BigDecimal("93.6").compareTo(formatted.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(117L, formatted.get(0).count(RESPONDED_30S));
        assertEquals(0, new BigDecimal("94.375").compareTo(formatted.get(5).decimal(RESPONSE_RATE_30S)),
                "the stored value, not the 94.38 % Excel shows");
        List<KpiValues> plain = KpiFixtures.data(KpiFixtures.parseAll(
                KpiFixtures.resource("corpus/jd-xlsx-plain-fractions/jd-dongdong-20261103.xlsx"), BuiltInProfiles.JD));
        assertEquals(5, plain.size());
        assertEquals(0, new BigDecimal("100").compareTo(plain.get(0).decimal(RESPONSE_RATE_30S)));
        assertEquals(0, new BigDecimal("100").compareTo(plain.get(0).decimal(SATISFACTION_RATE)));
        assertEquals(0, new BigDecimal("95").compareTo(plain.get(1).decimal(RESPONSE_RATE_30S)));
    }

    private List<KpiValues> parse(String rows) {
        return KpiFixtures.data(parseRows(rows));
    }

    private List<ParsedRow> parseRows(String rows) {
        return KpiFixtures.parseAll(csv(rows), null);
    }

    private Path csv(String rows) {
        return KpiFixtures.write(dir, "jd.csv", (JD_HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    /** A JD 咚咚 export: two agents, rate cells in {@code format}, the second's 0.01 and 0.02 lower. */
    private Path jdWorkbook(String format, double rate30s, double satisfaction) throws IOException {
        Path file = dir.resolve("jd.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("客服绩效");
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            String[] headers = {"客服账号", "日期", "接待量", "30秒应答率", "满意度"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("jd_agent" + r);
                row.createCell(1).setCellValue("2026-11-01");
                row.createCell(2).setCellValue(120);
                row.createCell(3).setCellValue(rate30s - (r - 1) * 0.01);
                row.getCell(3).setCellStyle(style);
                row.createCell(4).setCellValue(satisfaction - (r - 1) * 0.02);
                row.getCell(4).setCellStyle(style);
            }
            wb.write(out);
        }
        return file;
    }
}
