package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.kpi.control.ParsedRow.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows below the header: what is skipped, what is read, what is derived, and every rule. */
class KpiRowParserTest {

    private static final String PORTAL = "store,agent_account,date,received,inquiries,orders,paid_buyers,sales_amount,"
            + "responded_within_3min,responded_within_30s,ratings,satisfied_ratings,dissatisfied_ratings,"
            + "first_response_seconds,online_hours,conversion_rate,response_rate_3min,response_rate_30s,satisfaction_rate\n";

    @TempDir
    Path dir;

    @Test
    void aFullRowReadsEveryField() {
        KpiValues v = single(PORTAL + "PETS-TM,萌宠旗舰店:小美,2026-11-03,148,60,30,24,\"¥3,456.00\",147,140,26,25,1,"
                + "1分30秒,8:30,40%,99.32%,94.6%,96.15%\n");
        assertEquals("PETS-TM", v.storeCode());
        assertEquals("萌宠旗舰店:小美", v.account());
        assertEquals(LocalDate.of(2026, 11, 3), v.date());
        assertEquals(2, v.rowNumber());
        assertEquals(148L, v.count(RECEIVED));
        assertEquals(24L, v.count(PAID_BUYERS), "reported counts win over derivation from the rate");
        assertEquals(147L, v.count(RESPONDED_3MIN));
        assertEquals(new BigDecimal("3456.00"), v.decimal(SALES_AMOUNT));
        assertEquals(new BigDecimal("90"), v.decimal(FIRST_RESPONSE));
        assertEquals(new BigDecimal("8.50"), v.decimal(ONLINE_HOURS));
        assertEquals(new BigDecimal("96.15"), v.decimal(SATISFACTION_RATE));
        assertEquals(148L, v.count(RESPONSE_SESSIONS));
    }

    @Test
    void blankSummaryNoteAndRepeatedHeaderRowsAreSkipped() {
        List<ParsedRow> rows = parse("date,agent_account,received,note\n"
                + ",,,\n"
                + "2026-11-01,合计,300\n"
                + ",Total,300\n"
                + "平均值,,150\n"
                + "注：数据来源于千牛后台\n"
                + "date,agent_account,received,note\n"
                + "2026-11-01,萌宠旗舰店:小美,148,\n");
        assertEquals(List.of(Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED,
                Status.DATA), rows.stream().map(ParsedRow::status).toList());
        assertNull(rows.get(0).values());
    }

    @Test
    void aLastRowWithFewerCellsThanTheHeaderSaysTheFileLooksCutOff() {
        List<ParsedRow> rows = parse(PORTAL + "PETS-TM,萌宠旗舰店:小美,2026-11-03,148,60,30,24,100,147,140,26,25,1,90,8,40%,99%,94%,96%\n"
                + "PETS-TM,萌宠旗舰店:小王,2026-11-03,14");
        assertEquals(Status.DATA, rows.get(0).status());
        assertEquals(Status.INVALID, rows.get(1).status());
        RowProblem cut = rows.get(1).problems().get(0);
        assertEquals(List.of("kpi.row.cutOff"), rows.get(1).problems().stream().map(RowProblem::key).toList());
        assertEquals(List.of(3L, 4, 19), List.of(cut.arguments()));
        assertEquals("inquiries", cut.column(), "the first missing column");
    }

    @Test
    void aRowInTheMiddleWithFewerCellsThanTheHeaderIsShortNotEmpty() {
        List<ParsedRow> rows = parse("date,agent_account,received,inquiries\n2026-11-01,萌宠旗舰店:小美,148\n"
                + "2026-11-01,萌宠旗舰店:小王,148,60\n");
        assertEquals(List.of("kpi.row.shortRow"), rows.get(0).problems().stream().map(RowProblem::key).toList());
        assertEquals(List.of(2L, 3, 4), List.of(rows.get(0).problems().get(0).arguments()));
        assertEquals(Status.DATA, rows.get(1).status());
    }

    @Test
    void rowsShorterOnlyThanTheHeadersBlankTrailingColumnsAreFine() {
        List<ParsedRow> rows = parse("date,agent_account,received,,,\n2026-11-01,萌宠旗舰店:小美,148\n"
                + "2026-11-01,萌宠旗舰店:小王,150,,\n");
        assertEquals(List.of(Status.DATA, Status.DATA), rows.stream().map(ParsedRow::status).toList());
    }

    @Test
    void aRowWithAnAgentAndADateButNoFigureAtAllIsAnError() {
        List<ParsedRow> rows = parse("date,agent_account,received,inquiries\n2026-11-01,萌宠旗舰店:小美,,-\n"
                + "2026-11-01,萌宠旗舰店:小王,0,\n");
        assertEquals(List.of("kpi.row.noFigures"), rows.get(0).problems().stream().map(RowProblem::key).toList());
        assertEquals(Status.DATA, rows.get(1).status(), "zero is a figure");
    }

    @Test
    void notReportedCellsAreNull() {
        KpiValues v = single(PORTAL + "PETS-TM,萌宠旗舰店:小美,2026-11-03,-,--,,—,,,,,,,,8,,,,\n");
        for (var field : List.of(RECEIVED, INQUIRIES, ORDERS, PAID_BUYERS, SALES_AMOUNT, RESPONSE_SESSIONS)) {
            assertNull(v.get(field), field.name());
        }
    }

    @Test
    void everyProblemOfARowIsReportedWithColumnValueAndReason() {
        ParsedRow row = parse(PORTAL + "PETS-TM,,2026-13-01,12.5,-3,,,\"12,34\",,,,,,abc,25,101%,,,\n").get(0);
        assertEquals(Status.INVALID, row.status());
        assertEquals(List.of(
                new Problem("agent_account", "", "kpi.row.accountMissing"),
                new Problem("date", "2026-13-01", "kpi.value.notDate"),
                new Problem("received", "12.5", "kpi.value.notWholeNumber"),
                new Problem("inquiries", "-3", "kpi.value.negative"),
                new Problem("sales_amount", "12,34", "kpi.value.notNumber"),
                new Problem("first_response_seconds", "abc", "kpi.value.notDuration"),
                new Problem("online_hours", "25", "kpi.value.hoursRange"),
                new Problem("conversion_rate", "101%", "kpi.value.rateRange")), problems(row));
        assertEquals(2, row.problems().get(0).row());
        assertEquals(2, row.values().rowNumber());
    }

    @Test
    void anEmptyDateIsAProblem() {
        ParsedRow row = parse("agent_account,date,received\n萌宠旗舰店:小美,,148\n").get(0);
        assertEquals(List.of(new Problem("date", "", "kpi.row.dateMissing")), problems(row));
    }

    @Test
    void paidBuyersCannotExceedInquiriesNorOrders() {
        ParsedRow row = parse("agent_account,date,inquiries,orders,paid_buyers\nx,2026-11-01,20,25,30\n").get(0);
        assertEquals(List.of(new Problem("paid_buyers", "30", "kpi.row.exceeds"), new Problem("paid_buyers", "30", "kpi.row.exceeds")),
                problems(row));
        assertEquals("30 is more than inquiries (20).", row.problems().get(0).message(Locale.ENGLISH));
        assertEquals("30 大于 orders（25）。", row.problems().get(1).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void responsesCannotExceedCustomersReceivedAnd30sCannotExceed3Minutes() {
        ParsedRow row = parse("agent_account,date,received,responded_within_3min,responded_within_30s\nx,2026-11-01,100,101,102\n").get(0);
        assertEquals(List.of("kpi.row.exceeds", "kpi.row.exceeds", "kpi.row.exceeds"), row.problems().stream().map(RowProblem::key).toList());
        assertEquals(List.of("responded_within_3min", "responded_within_30s", "responded_within_30s"),
                row.problems().stream().map(RowProblem::column).toList());
    }

    @Test
    void aProblemWithADerivedCountIsShownInTheRateColumnItCameFrom() {
        ParsedRow row = parse("agent_account,date,received,responded_within_3min,response_rate_30s\nx,2026-11-01,100,50,99%\n").get(0);
        assertEquals(List.of(new Problem("response_rate_30s", "99%", "kpi.row.exceeds")), problems(row));
        assertEquals(List.of(99L, "responded_within_3min", 50L), List.of(row.problems().get(0).arguments()));
    }

    @Test
    void satisfiedPlusDissatisfiedCannotExceedRatings() {
        ParsedRow row = parse("agent_account,date,ratings,satisfied_ratings,dissatisfied_ratings\nx,2026-11-01,10,8,3\n").get(0);
        assertEquals(List.of(new Problem("ratings", "10", "kpi.row.ratingsExceeded")), problems(row));
        assertEquals("Satisfied (8) plus dissatisfied (3) ratings are more than all ratings (10).",
                row.problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void countsAreDerivedFromRatesAndTheirBaseRoundedHalfUp() {
        KpiValues v = single("agent_account,date,received,inquiries,ratings,response_rate_3min,response_rate_30s,conversion_rate,"
                + "satisfaction_rate\nx,2026-11-01,200,61,7,99.25%,50.25%,50%,50%\n");
        assertEquals(199L, v.count(RESPONDED_3MIN), "99.25% of 200 = 198.5");
        assertEquals(101L, v.count(RESPONDED_30S), "50.25% of 200 = 100.5");
        assertEquals(31L, v.count(PAID_BUYERS), "50% of 61 = 30.5");
        assertEquals(4L, v.count(SATISFIED), "50% of 7 = 3.5");
        assertEquals(new BigDecimal("99.25"), v.decimal(RESPONSE_RATE_3MIN), "the rate is kept as reported");
        assertNull(v.count(RESPONSE_SESSIONS), "no response time, no sessions");
    }

    @Test
    void aRateWithoutItsBaseDerivesNothing() {
        KpiValues v = single("agent_account,date,conversion_rate,response_rate_3min\nx,2026-11-01,40%,99%\n");
        assertNull(v.count(PAID_BUYERS));
        assertNull(v.count(RESPONDED_3MIN));
    }

    @Test
    void aRatingBreakdownGivesTheTotals() {
        KpiValues v = single("旺旺,日期,很满意,满意,一般,不满意,很不满意\n萌宠旗舰店:小美,2026-11-01,20,5,1,2,1\n");
        assertEquals(29L, v.count(RATINGS));
        assertEquals(25L, v.count(SATISFIED));
        assertEquals(3L, v.count(DISSATISFIED));
        assertEquals(20L, v.count(RATING_VERY_SATISFIED));
    }

    @Test
    void aPartialBreakdownSumsWhatIsReported() {
        KpiValues v = single("旺旺,日期,很满意,满意,一般,不满意,很不满意\n萌宠旗舰店:小美,2026-11-01,20,-,1,,\n");
        assertEquals(21L, v.count(RATINGS));
        assertEquals(20L, v.count(SATISFIED));
        assertNull(v.count(DISSATISFIED));
    }

    @Test
    void sessionsDefaultToCustomersReceivedWhenAResponseTimeIsGiven() {
        KpiValues v = single("agent_account,date,received,avg_response_seconds\nx,2026-11-01,148,00:00:25\n");
        assertEquals(148L, v.count(RESPONSE_SESSIONS));
        KpiValues reported = single("agent_account,date,received,avg_response_seconds,response_sessions\nx,2026-11-01,148,25,150\n");
        assertEquals(150L, reported.count(RESPONSE_SESSIONS));
    }

    private record Problem(String column, String value, String key) {
    }

    private static List<Problem> problems(ParsedRow row) {
        return row.problems().stream().map(p -> new Problem(p.column(), p.value(), p.key())).toList();
    }

    private KpiValues single(String csv) {
        List<ParsedRow> rows = parse(csv);
        assertEquals(1, rows.size());
        assertEquals(List.of(), rows.get(0).problems());
        assertEquals(Status.DATA, rows.get(0).status());
        return rows.get(0).values();
    }

    private List<ParsedRow> parse(String csv) {
        Path file = KpiFixtures.write(dir, "rows.csv", csv.getBytes(StandardCharsets.UTF_8));
        return KpiFixtures.parseAll(file, null);
    }
}
