package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbook cells come out as text the row parser reads the same in any locale. */
class ReportXlsxTest {

    @TempDir
    Path dir;

    @Test
    void numbersArePlainDatesIsoPercentsWithSignAndTimesAsDurations() throws IOException {
        List<RawRow> rows = rows(new MiniXlsx(MiniXlsx.sheet(row(1,
                num("A1", "46329", MiniXlsx.DATE_MDYY),
                num("B1", "46329.75", MiniXlsx.DATE_CUSTOM),
                num("C1", "0.99709999999999999", MiniXlsx.PERCENT),
                num("D1", "1.0416666666666667E-3", MiniXlsx.TIME_HMMSS),
                num("E1", "123456789012", MiniXlsx.GENERAL),
                num("F1", "1.5E-7", MiniXlsx.GENERAL),
                num("G1", "3456.0", MiniXlsx.GENERAL),
                num("H1", "0.30000000000000004", MiniXlsx.GENERAL),
                num("I1", "-0", MiniXlsx.GENERAL)))));
        assertEquals(List.of("2026-11-03", "2026-11-03", "99.71%", "0:01:30", "123456789012", "0.00000015", "3456", "0.3", "0"),
                rows.get(0).cells());
    }

    @Test
    void workbooksCountingFrom1904GiveTheSameDates() throws IOException {
        List<RawRow> rows = rows(new MiniXlsx(MiniXlsx.sheet(row(1, num("A1", "44867", MiniXlsx.DATE_MDYY)))).workbook(true));
        assertEquals(List.of("2026-11-03"), rows.get(0).cells());
    }

    @Test
    void sharedInlineFormulaBooleanAndErrorCellsGiveTheirText() throws IOException {
        String cells = "<c r=\"A1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>萌宠</t></r><r><t>旗舰店</t></r><rPh sb=\"0\" eb=\"1\"><t>ハ</t></rPh></is></c>"
                + "<c r=\"C1\" t=\"str\"><f>A1&amp;\"x\"</f><v>客服x</v></c>"
                + "<c r=\"D1\"><f>SUM(1,2)</f><v>3</v></c>"
                + "<c r=\"E1\" t=\"b\"><v>1</v></c>"
                + "<c r=\"F1\" t=\"e\"><v>#DIV/0!</v></c>";
        List<RawRow> rows = rows(new MiniXlsx(MiniXlsx.sheet("<row r=\"1\">" + cells + "</row>")).sharedStrings("旺旺", "日期"));
        assertEquals(List.of("日期", "萌宠旗舰店", "客服x", "3", "TRUE", "#DIV/0!"), rows.get(0).cells());
    }

    @Test
    void cellsLandInTheColumnTheirReferenceNamesAndRowsKeepTheirNumbers() throws IOException {
        String sheet = MiniXlsx.sheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>b</t></is></c>"
                + "<c r=\"D3\" t=\"inlineStr\"><is><t>d</t></is></c><c r=\"F3\" s=\"1\"/></row>"
                + "<row><c t=\"inlineStr\"><is><t>next</t></is></c></row>"
                + "<row r=\"9\" spans=\"1:3\"/>");
        List<RawRow> rows = rows(new MiniXlsx(sheet));
        assertEquals(List.of(new RawRow(3, List.of("", "b", "", "d")), new RawRow(4, List.of("next")), new RawRow(9, List.of())), rows);
    }

    @Test
    void aValueFarToTheRightOfTheLimitIsRefused() throws IOException {
        Path file = new MiniXlsx(MiniXlsx.sheet("<row r=\"1\"><c r=\"ZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")).write(dir.resolve("wide.xlsx"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, ImportLimits.defaults()));
        assertEquals("kpi.file.tooManyColumns", e.messageKey());
    }

    @Test
    void aDamagedSheetIsUnreadableNotACrash() throws IOException {
        Path file = new MiniXlsx("<worksheet><sheetData><row><c><v>1</v></row>").write(dir.resolve("damaged.xlsx"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, ImportLimits.defaults()));
        assertEquals("kpi.file.xlsxUnreadable", e.messageKey());
    }

    @Test
    void progressFollowsTheSheetXmlAsItIsPulled() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 20_000; r++) {
            rows.append(row(r, num("A" + r, String.valueOf(r), MiniXlsx.GENERAL)));
        }
        Path file = new MiniXlsx(MiniXlsx.sheet(rows.toString())).write(dir.resolve("long.xlsx"));
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            for (int r = 0; r < 10_000; r++) {
                report.next();
            }
            assertTrue(report.progress() > 0.4 && report.progress() < 0.6, "halfway: " + report.progress());
            while (report.next() != null) {
                assertTrue(report.progress() > 0.4);
            }
            assertEquals(1.0, report.progress());
        }
    }

    private static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    private static String num(String ref, String value, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    private List<RawRow> rows(MiniXlsx workbook) throws IOException {
        return KpiFixtures.rows(workbook.write(dir.resolve("book.xlsx")), ImportLimits.defaults());
    }
}
