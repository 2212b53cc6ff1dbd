package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realistic exports under src/test/resources/kpi read as the platforms meant them. */
class ReportFixturesTest {

    @Test
    void taobaoExportWithTitleLinesAndSummaryFirst() {
        try (ReportFile file = ReportFile.open(KpiFixtures.resource("taobao-utf8.csv"), ImportLimits.defaults())) {
            ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.TAOBAO, layout.profile().code());
            assertEquals(3, layout.headerRow());
            assertEquals(List.of("客单价", "上班天数"), layout.unknownColumns());
            assertFalse(layout.hasStoreColumn());
            assertEquals("UTF-8", file.encoding());
        }
        List<ParsedRow> rows = KpiFixtures.parseAll(KpiFixtures.resource("taobao-utf8.csv"), null);
        assertEquals(ParsedRow.Status.SKIPPED, rows.get(0).status(), "the 汇总 row");
        List<KpiValues> data = KpiFixtures.data(rows);
        assertEquals(9, data.size());
        assertEquals(10, rows.size());

        KpiValues first = data.get(0);
        assertEquals(5, first.rowNumber(), "two title lines, the header, the 汇总 row, then the data");
        assertEquals("萌宠旗舰店:小美", first.account());
        assertEquals(LocalDate.of(2026, 11, 1), first.date());
        assertEquals(152L, first.count(CONSULTATIONS));
        assertEquals(148L, first.count(RECEIVED));
        assertEquals(60L, first.count(INQUIRIES));
        assertEquals(24L, first.count(PAID_BUYERS));
        assertEquals(new BigDecimal("40.00"), first.decimal(CONVERSION_RATE));
        assertEquals(new BigDecimal("18.50"), first.decimal(AVG_RESPONSE));
        assertEquals(new BigDecimal("12"), first.decimal(FIRST_RESPONSE));
        assertEquals(new BigDecimal("99.32"), first.decimal(RESPONSE_RATE_3MIN));
        assertEquals(147L, first.count(RESPONDED_3MIN), "99.32% of 148 = 146.99, HALF_UP");
        assertEquals(148L, first.count(RESPONSE_SESSIONS), "response times average over the customers received");
        assertEquals(new BigDecimal("3456.00"), first.decimal(SALES_AMOUNT));
        assertEquals(1L, first.count(REFUND_COUNT));
        assertEquals(new BigDecimal("89.00"), first.decimal(REFUND_AMOUNT));
        assertEquals(26L, first.count(RATINGS));
        assertEquals(25L, first.count(SATISFIED));
        assertEquals(0L, first.count(DISSATISFIED));

        assertEquals(new BigDecimal("65"), data.get(2).decimal(FIRST_RESPONSE), "1分05秒");
        assertNull(data.get(5).decimal(REFUND_AMOUNT), "'-' is not reported");
    }

    @Test
    void jdExportInGbkWithSlashDatesAndTotalAtTheBottom() {
        List<ParsedRow> rows = KpiFixtures.parseAll(KpiFixtures.resource("jd-gbk.csv"), null);
        assertEquals(ParsedRow.Status.SKIPPED, rows.get(rows.size() - 1).status(), "the 合计 row");
        List<KpiValues> data = KpiFixtures.data(rows);
        assertEquals(9, data.size());
        KpiValues first = data.get(0);
        assertEquals("hjj_kf01_小蜂", first.account());
        assertEquals(LocalDate.of(2026, 11, 1), first.date());
        assertEquals(4, first.rowNumber(), "title, blank line, header, then the data");
        assertEquals(205L, first.count(RECEIVED));
        assertEquals(new BigDecimal("96.59"), first.decimal(RESPONSE_RATE_30S));
        assertEquals(198L, first.count(RESPONDED_30S), "96.59% of 205 = 198.01");
        assertEquals(new BigDecimal("12345.60"), first.decimal(SALES_AMOUNT));
        assertEquals(31L, first.count(PAID_BUYERS));
        assertEquals(new BigDecimal("98.5"), first.decimal(SATISFACTION_RATE));
        assertNull(first.count(SATISFIED), "no rating count to derive it from");
        assertNull(data.get(2).decimal(REPLY_RATE), "'--' is not reported");
    }

    @Test
    void douyinWorkbookWithDateCellsPercentsAndElapsedTimes() {
        try (ReportFile file = ReportFile.open(KpiFixtures.resource("douyin.xlsx"), ImportLimits.defaults())) {
            assertEquals(FileKind.XLSX, file.kind());
            assertEquals("XLSX", file.encoding());
            ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.DOUYIN, layout.profile().code());
            assertEquals(3, layout.headerRow());
            assertEquals(List.of(), layout.unknownColumns());
            RawRow firstData = file.next();
            assertEquals(4, firstData.number());
            assertEquals(List.of("美妆抖音小店-星星", "2026-11-01", "310", "290", "8.5", "0:00:25", "99.71%", "100", "40",
                    "35", "13345.6", "0", "0", "95%", "60"), firstData.cells());
            while (file.next() != null) {
                assertTrue(file.progress() > 0);
            }
            assertEquals(1.0, file.progress());
        }
        List<ParsedRow> rows = KpiFixtures.parseAll(KpiFixtures.resource("douyin.xlsx"), BuiltInProfiles.DOUYIN);
        List<KpiValues> data = KpiFixtures.data(rows);
        assertEquals(9, data.size());
        assertEquals(ParsedRow.Status.SKIPPED, rows.get(rows.size() - 1).status(), "the 总计 row");
        KpiValues day3 = data.get(8);
        assertEquals("美妆抖音小店-晴晴", day3.account());
        assertEquals(LocalDate.of(2026, 11, 3), day3.date(), "an m/d/yy date cell, read as a date, not as text");
        assertEquals(new BigDecimal("97.71"), day3.decimal(RESPONSE_RATE_3MIN));
        assertEquals(new BigDecimal("27"), day3.decimal(AVG_RESPONSE));
        assertEquals(new BigDecimal("15545.6"), day3.decimal(SALES_AMOUNT));
        assertEquals(62L, day3.count(RATINGS));
        assertEquals(60L, day3.count(SATISFIED), "97% of 62 = 60.14");
        assertEquals(new BigDecimal("12"), data.get(5).decimal(FIRST_RESPONSE), "a text cell 12秒");
        assertNull(data.get(1).decimal(REFUND_AMOUNT), "an empty cell");
        assertTrue(rows.stream().allMatch(r -> r.problems().isEmpty()), rows::toString);
    }
}
