package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a ZIP of reports read one after the other as one set of rows. */
class ReportSetTest {

    @TempDir
    Path dir;

    private Path day(String name, int day) {
        return KpiFixtures.write(dir, name, ("萌宠旗舰店 客服绩效日报\n日期：2026-11-0" + day + "\n旺旺,接待人数,询单人数,最终付款人数\n"
                + "汇总,300,120,40\n萌宠旗舰店:小美,150,60,24\n萌宠旗舰店:阿杰,150,60,16\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void threeDayFilesAreOneSetOfRowsNumberedByFileAndRow() {
        List<ReportSet.Source> sources = List.of(new ReportSet.Source("day1.csv", day("a", 1)),
                new ReportSet.Source("day2.csv", day("b", 2)), new ReportSet.Source("day3.csv", day("c", 3)));
        List<RawRow> rows = new ArrayList<>();
        try (ReportSet set = ReportSet.open(sources, BuiltInProfiles.all(), null, ImportLimits.defaults())) {
            assertEquals(BuiltInProfiles.TAOBAO, set.layout(0).profile().code());
            for (RawRow r = set.next(); r != null; r = set.next()) {
                rows.add(r);
            }
            assertEquals(3, set.files());
            assertEquals(LocalDate.of(2026, 11, 3), set.layout(2).titleDate(), "each file its own title date");
            assertEquals(1.0, set.progress(), 1e-9);
            assertNull(set.failedFile());
        }
        assertEquals(9, rows.size(), "the 汇总 row and two agents of each day");
        assertEquals(List.of(4L, 5L, 6L), rows.subList(0, 3).stream().map(RawRow::number).toList(), "the first file's rows as numbered");
        assertEquals(SetRows.of(1, 4), rows.get(3).number());
        assertEquals(2, SetRows.file(rows.get(8).number()));
        assertEquals(6, SetRows.line(rows.get(8).number()));
        assertEquals("萌宠旗舰店:阿杰", rows.get(8).cells().get(0));
        assertTrue(rows.get(8).last() && rows.get(5).last() && !rows.get(7).last(),
                "each file's last row is known as such, so a file cut off anywhere in the set is caught");
        assertEquals(4, rows.get(7).written(), "the cells a later file's row was written with");
    }

    @Test
    void theFirstFilesProfileReadsTheOthersAndAFileThatDoesNotFitIsNamed() {
        Path jd = KpiFixtures.write(dir, "jd", "客服账号,日期,咨询量,接待量\nhjj_kf01,2026-11-01,1,1\n".getBytes(StandardCharsets.UTF_8));
        List<ReportSet.Source> sources = List.of(new ReportSet.Source("day1.csv", day("a", 1)),
                new ReportSet.Source("京东.csv", jd));
        try (ReportSet set = ReportSet.open(sources, BuiltInProfiles.all(), null, ImportLimits.defaults())) {
            for (int i = 0; i < 3; i++) {
                set.next();
            }
            InvalidInputException e = assertThrows(InvalidInputException.class, set::next);
            assertEquals("kpi.file.profileMismatchSuggest", e.messageKey());
            assertEquals("京东.csv", set.failedFile());
        }
    }

    @Test
    void aFileThatIsNoReportIsNamedAndASingleReportNeedsNoName() {
        Path png = KpiFixtures.write(dir, "x", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        List<ReportSet.Source> named = List.of(new ReportSet.Source("day1.csv", day("a", 1)), new ReportSet.Source("photo.png", png));
        try (ReportSet set = ReportSet.open(named, BuiltInProfiles.all(), null, ImportLimits.defaults())) {
            set.next();
            set.next();
            set.next();
            assertEquals("kpi.file.notTabular", assertThrows(InvalidInputException.class, set::next).messageKey());
            assertEquals("photo.png", set.failedFile());
        }
        assertThrows(InvalidInputException.class, () -> ReportSet.open(List.of(new ReportSet.Source(null, png)),
                BuiltInProfiles.all(), null, ImportLimits.defaults()));
    }

    @Test
    void theRowLimitHoldsForTheSetAsForOneFile() {
        ImportLimits seven = new ImportLimits(ImportLimits.defaults().maxBytes(), 7, 200,
                ImportLimits.defaults().maxXlsxEntryBytes(), 1000);
        List<ReportSet.Source> sources = List.of(new ReportSet.Source("day1.csv", day("a", 1)),
                new ReportSet.Source("day2.csv", day("b", 2)), new ReportSet.Source("day3.csv", day("c", 3)));
        try (ReportSet set = ReportSet.open(sources, BuiltInProfiles.all(), null, seven)) {
            for (int i = 0; i < 7; i++) {
                set.next();
            }
            InvalidInputException e = assertThrows(InvalidInputException.class, set::next);
            assertEquals("kpi.file.tooManyRows", e.messageKey());
            assertEquals("day3.csv", set.failedFile(), "each file has 6 rows in all, 3 below its header: the set's eighth row is day3's second");
        }
    }
}
