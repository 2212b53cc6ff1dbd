package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the header under title lines, choosing the profile, and the file-level errors. */
class ReportLayoutTest {

    @TempDir
    Path dir;

    @Test
    void theHeaderIsFoundUnderTitleLinesAndReadingContinuesBelowIt() {
        try (ReportFile file = open("萌宠旗舰店 客服绩效\n统计日期：2026-11-01\n\n旺旺,日期,接待人数\n萌宠旗舰店:小美,2026-11-01,148\n"
                + "萌宠旗舰店:阿杰,2026-11-01,135\n")) {
            ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.TAOBAO, layout.profile().code());
            assertEquals(4, layout.headerRow());
            assertEquals(List.of("旺旺", "日期", "接待人数"), layout.headers());
            assertEquals(5, file.next().number());
            assertEquals(6, file.next().number());
            assertEquals(null, file.next());
        }
    }

    @Test
    void eachExportIsRecognisedAsItsPlatform() {
        assertEquals(BuiltInProfiles.TAOBAO, profileOf(KpiFixtures.resource("taobao-gbk.csv")));
        assertEquals(BuiltInProfiles.JD, profileOf(KpiFixtures.resource("jd-gbk.csv")));
        assertEquals(BuiltInProfiles.DOUYIN, profileOf(KpiFixtures.resource("douyin.xlsx")));
        assertEquals(BuiltInProfiles.PORTAL, profileOf(KpiFixtures.resource("portal-template-en.csv")));
        assertEquals(BuiltInProfiles.PORTAL, profileOf(KpiFixtures.resource("portal-template-zh-utf16.csv")));
    }

    @Test
    void noHeaderInTheFirstThirtyRowsNamesWhatEachExportCallsTheRequiredColumns() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("说明第").append(i).append("行\n");
        }
        text.append("旺旺,日期\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> detect(text.toString(), null));
        assertEquals("kpi.file.noHeader", e.messageKey());
        String message = e.localizedMessage(Locale.SIMPLIFIED_CHINESE);
        assertTrue(message.startsWith("前 30 行中没有找到表头"), message);
        for (ProfileMapping p : BuiltInProfiles.all()) {
            assertTrue(message.contains(p.name()), message);
        }
        assertTrue(message.contains("客服旺旺 / 旺旺 / 旺旺名 + 日期"), message);
    }

    @Test
    void aChosenProfileIsUsedWhenItFits() {
        try (ReportFile file = open("客服账号,日期,接待人数\nhjj_kf01_小蜂,2026-11-01,205\n")) {
            assertEquals(BuiltInProfiles.JD, ReportLayout.detect(file, BuiltInProfiles.all(), BuiltInProfiles.JD).profile().code());
        }
    }

    @Test
    void aChosenProfileThatDoesNotFitSuggestsTheOneThatDoes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> detect("旺旺,日期,接待人数,询单人数\nx,2026-11-01,1,1\n", BuiltInProfiles.DOUYIN));
        assertEquals("kpi.file.profileMismatchSuggest", e.messageKey());
        assertEquals(List.of(BuiltInProfiles.douyin().name(), BuiltInProfiles.taobao().name()), List.of(e.arguments()));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> detect("a,b\n1,2\n", BuiltInProfiles.JD));
        assertEquals("kpi.file.profileMismatch", none.messageKey());
    }

    @Test
    void anUnknownProfileCodeIsAnInputError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> detect("旺旺,日期\n", "XIAOHONGSHU"));
        assertEquals("profile", e.field());
        assertEquals("kpi.file.unknownProfile", e.messageKey());
    }

    @Test
    void aMissingRequiredColumnIsNamedAsTheProfileWritesIt() {
        InvalidInputException jd = assertThrows(InvalidInputException.class, () -> detect("日期,咨询量,接待量\n", null));
        assertEquals(List.of(BuiltInProfiles.jd().name(), "客服帐号 / 客服账号"), List.of(jd.arguments()));
    }

    @Test
    void twoColumnsMeaningTheSameFieldAreRefusedNamingBoth() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> detect("旺旺,日期,客服旺旺\n", null));
        assertEquals("kpi.file.duplicateColumn", e.messageKey());
        assertEquals(List.of("旺旺", "客服旺旺"), List.of(e.arguments()));
    }

    @Test
    void unknownColumnsAreListedButBlankOnesAreNot() {
        ReportLayout layout = detect("旺旺,日期,客单价,,上班天数,,,\n", null);
        assertEquals(List.of("客单价", "上班天数"), layout.unknownColumns());
        assertEquals(List.of("旺旺", "日期", "客单价", "", "上班天数"), layout.headers());
    }

    @Test
    void headersWithUnitsSpacesOrFullWidthFormsStillMatch() {
        ReportLayout layout = detect("旺 旺,日期,3分钟人工响应率(%),客服销售额（元）,平均响应（秒）\n", null);
        assertEquals(List.of(), layout.unknownColumns());
        assertEquals("客服销售额（元）", layout.headerOf(KpiField.SALES_AMOUNT));
        assertEquals("旺 旺", layout.headerOf(KpiField.AGENT_ACCOUNT));
        assertEquals(null, layout.headerOf(KpiField.STORE));
        try (ReportFile file = open("旺旺,日期,3分钟人工响应率(%),客服销售额（元）\nx,2026-11-01,99%,\"1,000\"\n")) {
            KpiValues v = ReportLayout.detect(file, BuiltInProfiles.all(), null).parser().parse(file.next()).values();
            assertEquals(0, new java.math.BigDecimal("1000").compareTo(v.decimal(KpiField.SALES_AMOUNT)));
            assertEquals(0, new java.math.BigDecimal("99").compareTo(v.decimal(KpiField.RESPONSE_RATE_3MIN)));
        }
    }

    @Test
    void withoutADateColumnTheSingleDateOfTheTitleLinesIsEveryRowsDate() {
        for (String title : List.of("日期：2026-11-20", "统计日期 2026-11-20", "2026-11-20 客服绩效", "统计日期,2026/11/20",
                "２０２６年１１月２０日 客服数据", "统计时间：2026-11-20 ~ 2026-11-20", "20261120 客服日报")) {
            try (ReportFile file = open("萌宠旗舰店 客服绩效\n" + title + "\n旺旺,接待人数,询单人数\n萌宠旗舰店:小美,148,60\n")) {
                ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
                assertEquals(java.time.LocalDate.of(2026, 11, 20), layout.titleDate(), title);
                ParsedRow row = layout.parser().parse(file.next());
                assertEquals(ParsedRow.Status.DATA, row.status(), title);
                assertEquals(java.time.LocalDate.of(2026, 11, 20), row.values().date(), title);
            }
        }
    }

    @Test
    void aDateColumnWinsOverTheTitleLines() {
        try (ReportFile file = open("日期：2026-11-20\n旺旺,日期,接待人数\n萌宠旗舰店:小美,2026-11-19,148\n")) {
            ReportLayout layout = ReportLayout.detect(file, BuiltInProfiles.all(), null);
            assertEquals(null, layout.titleDate());
            assertEquals(java.time.LocalDate.of(2026, 11, 19), layout.parser().parse(file.next()).values().date());
        }
    }

    @Test
    void withoutADateColumnOrATitleDateTheFileIsRefusedSayingHowToExportIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> detect("旺旺,咨询人数,接待人数,询单人数\n", null));
        assertEquals("kpi.file.noDate", e.messageKey());
        assertEquals(List.of(BuiltInProfiles.taobao().name(), "日期"), List.of(e.arguments()));
        assertTrue(e.localizedMessage(Locale.SIMPLIFIED_CHINESE).contains("没有日期列"), e.localizedMessage(Locale.SIMPLIFIED_CHINESE));
        InvalidInputException orderNumber = assertThrows(InvalidInputException.class,
                () -> detect("订单 12345678901\n旺旺,接待人数,询单人数\n", null));
        assertEquals("kpi.file.noDate", orderNumber.messageKey());
    }

    @Test
    void severalTitleDatesWithoutADateColumnAreRefusedNamingThem() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> detect("统计时间：2026-11-01 ~ 2026-11-03\n旺旺,接待人数,询单人数\n", null));
        assertEquals("kpi.file.titleDates", e.messageKey());
        assertEquals(List.of("2026-11-01, 2026-11-03", "日期"), List.of(e.arguments()));
        assertTrue(e.localizedMessage(Locale.ENGLISH).contains("several dates (2026-11-01, 2026-11-03)"),
                e.localizedMessage(Locale.ENGLISH));
    }

    @Test
    void theTaobaoDayExportWithTheDateInItsTitleReadsEveryAgentsRow() {
        List<KpiValues> rows = KpiFixtures.data(KpiFixtures.parseAll(KpiFixtures.resource("taobao-title-date.csv"), null));
        assertEquals(2, rows.size());
        assertEquals(List.of("萌宠旗舰店:小美", "萌宠旗舰店:阿杰"), rows.stream().map(KpiValues::account).toList());
        assertTrue(rows.stream().allMatch(v -> v.date().equals(java.time.LocalDate.of(2026, 11, 20))));
        assertEquals(24L, rows.get(0).count(KpiField.PAID_BUYERS));
    }

    @Test
    void aStoreColumnIsReported() {
        assertTrue(detect("store,agent_account,date\n", null).hasStoreColumn());
        assertFalse(detect("旺旺,日期\n", null).hasStoreColumn());
    }

    private String profileOf(Path file) {
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            return ReportLayout.detect(report, BuiltInProfiles.all(), null).profile().code();
        }
    }

    private ReportLayout detect(String csv, String profileCode) {
        try (ReportFile file = open(csv)) {
            return ReportLayout.detect(file, BuiltInProfiles.all(), profileCode);
        }
    }

    private ReportFile open(String csv) {
        return ReportFile.open(KpiFixtures.write(dir, "layout.csv", csv.getBytes(StandardCharsets.UTF_8)), ImportLimits.defaults());
    }
}
