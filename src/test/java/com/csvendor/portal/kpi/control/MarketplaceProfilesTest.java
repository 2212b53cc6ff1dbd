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

/** The Kuaishou and Pinduoduo exports of the import corpus, read by their built-in profiles. */
class MarketplaceProfilesTest {

    private static final String KUAISHOU_FILE = "corpus/kuaishou-assessment-csv/kuaishou-assessment.csv";
    private static final String PINDUODUO_FILE = "corpus/pinduoduo-performance-gbk/pinduoduo-performance.csv";

    @Test
    void kuaishouAssessmentIsRecognisedAndReadsOnlyThePerPersonRates() {
        try (ReportFile file = ReportFile.open(KpiFixtures.resource(KUAISHOU_FILE), ImportLimits.defaults())) {
            ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.KUAISHOU, layout.profile().code());
            assertEquals("UTF-8 (BOM)", file.encoding());
            assertEquals(List.of("咨询人次", "人工会话量", "三分钟回复率（会话）", "不服务率", "好评率（会话）", "差评率（人维度）",
                    "差评率（会话）", "IM不满意率（人维度）", "询单客单价"), layout.unknownColumns());
            assertEquals("三分钟回复率（人维度）", layout.headerOf(RESPONSE_RATE_3MIN));
        }
        List<ParsedRow> rows = KpiFixtures.parseAll(KpiFixtures.resource(KUAISHOU_FILE), null);
        assertEquals(ParsedRow.Status.SKIPPED, rows.get(rows.size() - 1).status(), "the 汇总 row");
        List<KpiValues> data = KpiFixtures.data(rows);
        assertEquals(6, data.size());

        KpiValues first = data.get(0);
        assertEquals("快宠小店-小米", first.account());
        assertEquals(LocalDate.of(2026, 11, 2), first.date());
        assertEquals(125L, first.count(RECEIVED), "咨询人数: the people who consulted this agent");
        assertNull(first.count(CONSULTATIONS));
        assertEquals(new BigDecimal("18"), first.decimal(AVG_RESPONSE));
        assertEquals(new BigDecimal("96.00"), first.decimal(RESPONSE_RATE_3MIN));
        assertEquals(120L, first.count(RESPONDED_3MIN));
        assertEquals(new BigDecimal("94.40"), first.decimal(SATISFACTION_RATE));
        assertEquals(50L, first.count(INQUIRIES));
        assertEquals(22L, first.count(ORDERS));
        assertEquals(20L, first.count(PAID_BUYERS), "支付人数 is reported, not derived from 询单转化率");
        assertEquals(new BigDecimal("40.00"), first.decimal(CONVERSION_RATE));
        assertEquals(new BigDecimal("2580.00"), first.decimal(SALES_AMOUNT));

        assertEquals(new BigDecimal("65"), data.get(1).decimal(AVG_RESPONSE), "1分05秒");
        assertEquals(new BigDecimal("120"), data.get(4).decimal(AVG_RESPONSE), "2分");
        assertNull(data.get(4).decimal(SATISFACTION_RATE), "'-': no figure, not zero");
        assertNull(first.decimal(FIRST_RESPONSE));
        assertNull(first.count(REFUND_COUNT));
    }

    @Test
    void kuaishouWorkbookReadsTheSameFiguresAsItsCsv() {
        List<KpiValues> workbook = KpiFixtures.data(KpiFixtures.parseAll(
                KpiFixtures.resource("corpus/kuaishou-assessment-xlsx/kuaishou-assessment.xlsx"), null));
        List<KpiValues> csv = KpiFixtures.data(KpiFixtures.parseAll(KpiFixtures.resource(KUAISHOU_FILE), null));
        assertEquals(6, workbook.size());
        assertEquals(LocalDate.of(2026, 11, 5), workbook.get(0).date(), "a date cell");
        for (int i = 0; i < csv.size(); i++) {
            for (var f : List.of(RECEIVED, INQUIRIES, ORDERS, PAID_BUYERS, RESPONDED_3MIN)) {
                assertEquals(csv.get(i).count(f), workbook.get(i).count(f), f + " of agent-day " + i);
            }
            for (var f : List.of(AVG_RESPONSE, RESPONSE_RATE_3MIN, SATISFACTION_RATE, CONVERSION_RATE, SALES_AMOUNT)) {
                BigDecimal a = csv.get(i).decimal(f);
                BigDecimal b = workbook.get(i).decimal(f);
                assertTrue(a == null ? b == null : b != null && a.compareTo(b) == 0, f + " of agent-day " + i + ": " + a + " / " + b);
            }
        }
    }

    @Test
    void pinduoduoPerformanceTakesItsDayFromTheTitleAndTheAssessedWindowsRates() {
        try (ReportFile file = ReportFile.open(KpiFixtures.resource(PINDUODUO_FILE), ImportLimits.defaults())) {
            ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.PINDUODUO, layout.profile().code());
            assertEquals("GB18030", file.encoding());
            assertEquals(3, layout.headerRow());
            assertEquals(LocalDate.of(2026, 11, 4), layout.titleDate());
            assertEquals(List.of("序号", "客服服务分", "去退销售额（元）", "需要人工回复的咨询人数", "3分钟未回复人数",
                    "评分≤3订单数", "投诉数", "3分钟人工回复率(全天)", "30秒应答率(全天)"), layout.unknownColumns());
        }
        List<ParsedRow> rows = KpiFixtures.parseAll(KpiFixtures.resource(PINDUODUO_FILE), null);
        assertEquals(ParsedRow.Status.SKIPPED, rows.get(0).status(), "the 店铺总计 row");
        List<KpiValues> data = KpiFixtures.data(rows);
        assertEquals(4, data.size());

        KpiValues first = data.get(0);
        assertEquals("萌宠拼多多店:小团", first.account());
        assertEquals(LocalDate.of(2026, 11, 4), first.date());
        assertEquals(5, first.rowNumber(), "two title lines, the header, the 店铺总计 row");
        assertEquals(268L, first.count(CONSULTATIONS));
        assertEquals(250L, first.count(RECEIVED));
        assertEquals(125L, first.count(INQUIRIES));
        assertEquals(50L, first.count(PAID_BUYERS), "最终成团人数");
        assertEquals(new BigDecimal("6250.00"), first.decimal(SALES_AMOUNT), "客服销售额（元）, not the net 去退销售额");
        assertEquals(new BigDecimal("98.80"), first.decimal(RESPONSE_RATE_3MIN), "8-23点, not 全天");
        assertEquals(247L, first.count(RESPONDED_3MIN));
        assertEquals(new BigDecimal("92.00"), first.decimal(RESPONSE_RATE_30S));
        assertEquals(230L, first.count(RESPONDED_30S));
        assertEquals(new BigDecimal("16"), first.decimal(AVG_RESPONSE));
        assertEquals(1L, first.count(DISPUTES), "纠纷退款数");
        assertEquals(new BigDecimal("62"), data.get(3).decimal(AVG_RESPONSE), "1分02秒");
        assertNull(first.decimal(SATISFACTION_RATE));
    }

    @Test
    void aResponseTimeHeaderInMinutesIsNotReadAsSeconds() {
        RawRow header = new RawRow(1, List.of("客服账号", "平均人工响应时长（分钟）", "平均人工响应时长(秒)", "询单人数"));
        HeaderMatch m = HeaderMatch.of(BuiltInProfiles.pinduoduo(), header);
        assertNull(m.fields().get(1), "minutes: left unknown rather than taken as seconds");
        assertEquals(AVG_RESPONSE, m.fields().get(2));
        assertNull(HeaderMatch.of(BuiltInProfiles.taobao(), new RawRow(1, List.of("平均响应时长(min)"))).fields().get(0));
        assertEquals(AVG_RESPONSE, HeaderMatch.of(BuiltInProfiles.taobao(), new RawRow(1, List.of("平均响应时长(s)"))).fields().get(0));
        assertEquals(SALES_AMOUNT, HeaderMatch.of(BuiltInProfiles.pinduoduo(), new RawRow(1, List.of("客服销售额（元）"))).fields().get(0),
                "a unit on a field that is not a duration still matches");
    }

    @Test
    void aShopsOwnTotalRowIsASummary() {
        assertTrue(Cells.isSummary("店铺总计"));
        assertTrue(Cells.isSummary("店铺平均"));
        assertTrue(Cells.isSummary("全店合计"));
        assertFalse(Cells.isSummary("店铺"));
        assertFalse(Cells.isSummary("店铺客服小美"));
    }

    @Test
    void bothProfilesAreNamedInEnglishAndChinese() {
        assertTrue(BuiltInProfiles.kuaishou().name().contains("Kuaishou") && BuiltInProfiles.kuaishou().name().contains("快手"));
        assertTrue(BuiltInProfiles.pinduoduo().name().contains("Pinduoduo") && BuiltInProfiles.pinduoduo().name().contains("拼多多"));
    }
}
