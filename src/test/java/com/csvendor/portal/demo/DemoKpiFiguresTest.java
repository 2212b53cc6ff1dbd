package com.csvendor.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.control.BuiltInProfiles;
import com.csvendor.portal.kpi.control.ImportLimits;
import com.csvendor.portal.kpi.control.ParsedRow;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.ReportFile;
import com.csvendor.portal.kpi.control.ReportLayout;
import com.csvendor.portal.demo.DemoKpiFigures.Day;
import com.csvendor.portal.demo.DemoKpiFigures.Level;
import com.csvendor.portal.demo.DemoKpiFigures.Team;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo KPI figures: within PRODUCT.md's typical ranges, consistent, deterministic, importable. */
class DemoKpiFiguresTest {

    static final LocalDate FIRST = LocalDate.of(2026, 8, 23);
    static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    static final Team STRONG = new Team("PETS-TM", "云帆客服", List.of("萌宠旗舰店:小美", "萌宠旗舰店:阿杰", "萌宠旗舰店:晓雯",
            "萌宠旗舰店:子涵", "萌宠旗舰店:思琪", "萌宠旗舰店:浩然"), Level.STRONG, 110, 150);
    static final Team WEAK = new Team("PETS-TM", "声联服务", List.of("萌宠旗舰店:丽娜", "萌宠旗舰店:志强", "萌宠旗舰店:婷婷",
            "萌宠旗舰店:文博"), Level.WEAK, 100, 150);

    @TempDir
    Path dir;

    @Test
    void everyAgentDayIsWithinTheTypicalRangesAndConsistent() {
        for (Team team : List.of(STRONG, WEAK)) {
            List<Day> days = DemoKpiFigures.days(team, FIRST, LAST);
            assertEquals(team.accounts().size() * 90, days.size());
            for (Day d : days) {
                String at = d.account() + " " + d.date();
                assertTrue(d.paidBuyers() <= d.inquiries() && d.paidBuyers() <= d.orders(), at);
                assertTrue(d.within30s() <= d.within3min() && d.within3min() <= d.received(), at);
                assertTrue(d.satisfied() + d.dissatisfied() <= d.ratings() && d.ratings() <= d.received(), at);
                assertTrue(d.received() <= d.consultations(), at);
                assertBetween(d.firstResponse().doubleValue(), 10, 40, "first response " + at);
                assertTrue(d.avgResponse().compareTo(d.firstResponse()) > 0, at);
                assertBetween(rate(d.within3min(), d.received()), 0.90, 0.99, "3-minute rate " + at);
                assertBetween(rate(d.satisfied(), d.ratings()), 0.85, 0.98, "satisfaction " + at);
                assertBetween(rate(d.paidBuyers(), d.inquiries()), 0.15, 0.50, "conversion " + at);
                assertTrue(d.sales().signum() > 0 && d.sales().scale() == 2, at);
                assertTrue(d.refunds() <= d.paidBuyers() && d.returns() <= d.paidBuyers(), at);
            }
        }
    }

    @Test
    void doubleElevenBringsThreeToTenTimesTheUsualVolume() {
        List<Day> days = DemoKpiFigures.days(STRONG, FIRST, LAST);
        double usual = total(days, LocalDate.of(2026, 10, 13)) + total(days, LocalDate.of(2026, 10, 14));
        double peak = total(days, LocalDate.of(2026, 11, 11));
        assertBetween(peak / (usual / 2), 3, 10, "11-11 against two usual Tuesdays/Wednesdays");
    }

    @Test
    void theWeakerVendorIsClearlyWorseInTheSameStore() {
        List<Day> strong = DemoKpiFigures.days(STRONG, FIRST, LAST);
        List<Day> weak = DemoKpiFigures.days(WEAK, FIRST, LAST);
        assertTrue(weighted(weak, d -> d.firstResponse().doubleValue()) > weighted(strong, d -> d.firstResponse().doubleValue()) + 8);
        assertTrue(ratio(weak, Day::satisfied, Day::ratings) + 0.04 < ratio(strong, Day::satisfied, Day::ratings));
        assertTrue(ratio(weak, Day::paidBuyers, Day::inquiries) + 0.08 < ratio(strong, Day::paidBuyers, Day::inquiries));
        assertTrue(ratio(weak, Day::within3min, Day::received) + 0.03 < ratio(strong, Day::within3min, Day::received));
    }

    @Test
    void theSameTeamAndDatesGiveTheSameFigures() {
        assertEquals(DemoKpiFigures.days(WEAK, FIRST, LAST), DemoKpiFigures.days(WEAK, FIRST, LAST));
        assertEquals(DemoKpiFigures.csv(DemoKpiFigures.days(STRONG, FIRST, FIRST)),
                DemoKpiFigures.csv(DemoKpiFigures.days(STRONG, FIRST, FIRST)));
    }

    @Test
    void theCsvReadsAsThePortalTemplateWithEveryRowValid() throws IOException {
        List<Day> days = DemoKpiFigures.days(WEAK, FIRST, LAST);
        Path file = Files.writeString(dir.resolve("demo.csv"), DemoKpiFigures.csv(days), StandardCharsets.UTF_8);
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            ReportLayout layout = ReportLayout.detect(report, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.PORTAL, layout.profile().code());
            assertEquals(List.of(), layout.unknownColumns());
            int rows = 0;
            for (RawRow next = report.next(); next != null; next = report.next()) {
                RawRow row = next;
                ParsedRow parsed = layout.parser().parse(row);
                assertEquals(ParsedRow.Status.DATA, parsed.status(), () -> row + " " + parsed.problems());
                rows++;
            }
            assertEquals(days.size(), rows);
        }
    }

    private static double total(List<Day> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).mapToLong(Day::received).sum();
    }

    private static double weighted(List<Day> days, ToDoubleFunction<Day> seconds) {
        return days.stream().mapToDouble(d -> seconds.applyAsDouble(d) * d.sessions()).sum()
                / days.stream().mapToLong(Day::sessions).sum();
    }

    private static double ratio(List<Day> days, java.util.function.ToLongFunction<Day> part,
            java.util.function.ToLongFunction<Day> whole) {
        return (double) days.stream().mapToLong(part).sum() / days.stream().mapToLong(whole).sum();
    }

    private static double rate(long part, long whole) {
        return (double) part / whole;
    }

    private static void assertBetween(double value, double low, double high, String what) {
        assertTrue(value >= low - 1e-9 && value <= high + 1e-9, what + ": " + value + " not in " + low + ".." + high);
    }
}
