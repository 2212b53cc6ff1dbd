package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Physical rows of a CSV, numbered as a spreadsheet numbers them, whatever the separator. */
class ReportFileTest {

    @TempDir
    Path dir;

    @Test
    void tabSeparatedTextNamedXlsIsReadAsCsvWithTabs() {
        List<RawRow> rows = rows("export.xls", "客服账号\t日期\t接待量\nhjj_kf01_小蜂\t2026-11-01\t1,205\n");
        assertEquals(List.of("hjj_kf01_小蜂", "2026-11-01", "1,205"), rows.get(1).cells());
    }

    @Test
    void semicolonSeparatedTextIsReadWithSemicolons() {
        List<RawRow> rows = rows("eu.csv", "Report of 3 days, per agent\nagent_account;date;sales_amount\nx;2026-11-01;1,5\n");
        assertEquals(List.of("Report of 3 days, per agent"), rows.get(0).cells());
        assertEquals(List.of("x", "2026-11-01", "1,5"), rows.get(2).cells());
    }

    @Test
    void commaWinsWhenTheHeaderHasTheMostCommas() {
        List<RawRow> rows = rows("c.csv", "备注;说明\na,b,c,d\n");
        assertEquals(List.of("a", "b", "c", "d"), rows.get(1).cells());
    }

    @Test
    void blankLinesAreRowsAndAQuotedCellSpanningLinesIsOneRow() {
        List<RawRow> rows = rows("r.csv", "title\n\n旺旺,日期\n\"萌宠旗舰店:小美\n(二线)\",2026-11-01\nlast,2026-11-02\n");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), rows.stream().map(RawRow::number).toList());
        assertEquals(List.of(), rows.get(1).cells());
        assertEquals("萌宠旗舰店:小美\n(二线)", rows.get(3).cells().get(0));
    }

    @Test
    void trailingBlankCellsAreDroppedButInnerOnesKept() {
        List<RawRow> rows = rows("t.csv", "a,,b,, ,\u3000,\u00A0\n");
        assertEquals(List.of("a", "", "b"), rows.get(0).cells());
        assertEquals("", rows.get(0).cell(7));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws IOException {
        Path file = write("many.csv", "h1,h2\n1,2\n3,4\n5,6\n");
        ImportLimits threeRows = new ImportLimits(1 << 20, 3, 10, 1 << 20, 10);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, threeRows));
        assertEquals("kpi.file.tooManyRows", refused.messageKey());
    }

    @Test
    void aRowWithMoreFilledColumnsThanTheLimitIsRefusedNamingIt() throws IOException {
        Path file = write("wide.csv", "a,b,c\n1,2,3,4\n");
        ImportLimits threeColumns = new ImportLimits(1 << 20, 100, 3, 1 << 20, 10);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, threeColumns));
        assertEquals("kpi.file.tooManyColumns", refused.messageKey());
        assertEquals(List.of(2L, 3), List.of(refused.arguments()));
    }

    @Test
    void anUnclosedQuoteRunningOnIsRefusedAsInvalidCsv() throws IOException {
        StringBuilder text = new StringBuilder("旺旺,日期\n萌宠旗舰店:小美,\"2026-11-01\n");
        while (text.length() < 200_000) {
            text.append("more text without a closing quote\n");
        }
        Path file = write("quote.csv", text.toString());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, ImportLimits.defaults()));
        assertEquals("kpi.file.csvSyntax", refused.messageKey());
        assertEquals(List.of(2L), List.of(refused.arguments()));
    }

    @Test
    void aFileEndingInsideAQuotedCellIsRefusedNamingTheRowTheQuoteOpensIn() throws IOException {
        Path file = write("cut.csv", "旺旺,日期,接待人数\n萌宠旗舰店:小美,2026-11-01,148\n萌宠旗舰店:小王,\"2026-11-0");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, ImportLimits.defaults()));
        assertEquals("kpi.file.unclosedQuote", refused.messageKey());
        assertEquals(List.of(3L), List.of(refused.arguments()));
    }

    @Test
    void closedQuotesDoubledQuotesAndQuotesInsideACellAreNotTakenForAnUnclosedOne() throws IOException {
        Path file = write("quotes.csv", "旺旺,备注\n\"小\"\"美\"\"\",\"a,b\"\n小\"王,x\"\n\"多\n行\",\"\"");
        List<RawRow> rows = KpiFixtures.rows(file, ImportLimits.defaults());
        assertEquals(List.of("小\"美\"", "a,b"), rows.get(1).cells());
        assertEquals(List.of("小\"王", "x\""), rows.get(2).cells());
        assertEquals(List.of("多\n行"), rows.get(3).cells());
    }

    @Test
    void aCsvRowTellsHowManyCellsItWasWrittenWithAndWhetherItIsTheLast() throws IOException {
        Path file = write("widths.csv", "a,b,c,,\n1,2,,,\n1,2\n");
        List<RawRow> rows = KpiFixtures.rows(file, ImportLimits.defaults());
        assertEquals(List.of(5, 5, 2), rows.stream().map(RawRow::written).toList());
        assertEquals(List.of(false, false, true), rows.stream().map(RawRow::last).toList());
        assertEquals(List.of("1", "2"), rows.get(1).cells());
    }

    @Test
    void progressGrowsWithTheBytesConsumedAndEndsAtOne() throws IOException {
        StringBuilder text = new StringBuilder("h1,h2\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("row").append(i).append(",2026-11-01\n");
        }
        Path file = write("progress.csv", text.toString());
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            assertTrue(report.progress() < 0.2, "nothing read yet: " + report.progress());
            for (int i = 0; i < 25_000; i++) {
                report.next();
            }
            double half = report.progress();
            assertTrue(half > 0.3 && half < 0.7, "half the rows: " + half);
            while (report.next() != null) {
                assertTrue(report.progress() >= half);
            }
            assertEquals(1.0, report.progress());
            assertNull(report.next());
        }
    }

    @Test
    void theKindComesFromTheContentNotTheName() throws IOException {
        Path workbook = Files.copy(KpiFixtures.resource("douyin.xlsx"), dir.resolve("douyin.csv"));
        try (ReportFile report = ReportFile.open(workbook, ImportLimits.defaults())) {
            assertEquals(FileKind.XLSX, report.kind());
        }
        try (ReportFile report = ReportFile.open(write("data.xlsx", "a,b\n"), ImportLimits.defaults())) {
            assertEquals(FileKind.CSV, report.kind());
        }
    }

    private List<RawRow> rows(String name, String text) {
        try {
            return KpiFixtures.rows(write(name, text), ImportLimits.defaults());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
