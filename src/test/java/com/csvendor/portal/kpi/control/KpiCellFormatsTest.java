package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.csvendor.portal.kpi.entity.KpiField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways exports write one value, each read to the same canonical value, and what is refused. */
class KpiCellFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234|1234", "'1,234'|1234", "１２３４|1234", "0|0", "12.00|12", "+7|7", "'1,234,567'|1234567"})
    void counts(String text, long expected) throws BadCell {
        assertEquals(expected, NumberText.count(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.5|kpi.value.notWholeNumber", "-3|kpi.value.negative", "'1,23'|kpi.value.notNumber",
        "12a|kpi.value.notNumber", "1.2E3|kpi.value.notNumber", "1000000000|kpi.value.tooLarge", "'12,34.5'|kpi.value.notNumber"})
    void badCounts(String text, String key) {
        assertEquals(key, assertThrows(BadCell.class, () -> NumberText.count(text)).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'¥1,234.50'|1234.50", "'￥1,234.50'|1234.50", "1234.5元|1234.5", "¥ 88|88",
        "RMB 12.30|12.30", "0.00|0.00", "'3,456.00'|3456.00", "9999999999.99|9999999999.99"})
    void money(String text, BigDecimal expected) throws BadCell {
        assertEquals(expected, NumberText.money(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.345|kpi.value.tooManyDecimals", "-5.00|kpi.value.negative", "$12|kpi.value.notNumber",
        "10000000000|kpi.value.tooLarge"})
    void badMoney(String text, String key) {
        assertEquals(key, assertThrows(BadCell.class, () -> NumberText.money(text)).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"99.71%|99.71", "99.71％|99.71", "99.71|99.71", "100%|100", "0%|0", "0.98|0.98", "40.00%|40.00"})
    void ratesArePercentagesKeptAsReported(String text, BigDecimal expected) throws BadCell {
        assertEquals(expected, NumberText.rate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.01%", "-1%", "150", "abc%"})
    void ratesOutsideZeroToHundredOrNotNumbersAreRefused(String text) {
        BadCell bad = assertThrows(BadCell.class, () -> NumberText.rate(text));
        assertTrue(bad.key().equals("kpi.value.rateRange") || bad.key().equals("kpi.value.notNumber"), bad.key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1分30秒|90", "90秒|90", "2分|120", "2分钟|120", "1小时2分3秒|3723", "00:01:30|90",
        "01:30|90", "90|90", "12.5|12.5", "12.5s|12.5", "1m30s|90", "0:00:25|25", "0:00:25.5|25.5", "１分３０秒|90", "1分05秒|65"})
    void durationsInSeconds(String text, BigDecimal expected) throws BadCell {
        assertEquals(0, expected.compareTo(DurationText.seconds(text)), text + " -> " + DurationText.seconds(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc|kpi.value.notDuration", "1:75|kpi.value.notDuration", "-5|kpi.value.negative",
        "30秒1分|kpi.value.notDuration", "1000000|kpi.value.tooLarge", "s|kpi.value.notDuration"})
    void badDurations(String text, String key) {
        assertEquals(key, assertThrows(BadCell.class, () -> DurationText.seconds(text)).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8|8", "7.5|7.5", "08:30|8.50", "8:30:00|8.50", "7小时50分|7.83", "7.833333|7.83", "24|24"})
    void onlineHoursReadTwoClockPartsAsHoursAndMinutes(String text, BigDecimal expected) throws BadCell {
        assertEquals(expected, DurationText.hours(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"24.5|kpi.value.hoursRange", "25:00|kpi.value.hoursRange", "-1|kpi.value.negative"})
    void badHours(String text, String key) {
        assertEquals(key, assertThrows(BadCell.class, () -> DurationText.hours(text)).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-03", "2026/11/3", "2026.11.03", "20261103", "2026年11月3日", "2026-11-03 00:00:00",
        "2026-11-03T08:15", "2026-11-03T00:00:00Z", "2026/11/03 23:59", "２０２６-１１-０３", "46329"})
    void datesInEveryExportForm(String text) throws BadCell {
        assertEquals(LocalDate.of(2026, 11, 3), DateText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "3/11/2026", "11/3/2026", "2026-11", "昨天", "2026-11-01~2026-11-03", "12345", "2026-13-01"})
    void ambiguousOrImpossibleDatesAreRefused(String text) {
        assertEquals("kpi.value.notDate", assertThrows(BadCell.class, () -> DateText.parse(text)).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"汇总", "合计", "平均值", "总计", "平均", "Total", "TOTAL", "Sum", "Average", "合计：", "汇总(全部客服)", "Total:"})
    void summaryWords(String text) {
        assertTrue(Cells.isSummary(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"总计划", "Totally", "summer_kf", "萌宠旗舰店:平均", "平均值班"})
    void wordsThatOnlyStartLikeASummaryAreData(String text) {
        assertFalse(Cells.isSummary(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "--", "—", "——"})
    void dashesAndEmptyMeanNotReported(String text) {
        assertTrue(Cells.notReported(Cells.clean(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' 萌宠旗舰店:小美 '|萌宠旗舰店:小美", "'=\"00123\"'|00123", "\u00A0x\u200B|x", "\u3000客服\u3000|客服"})
    void cellsLoseSurroundingSpaceAndExcelsTextGuard(String raw, String expected) {
        assertEquals(expected, Cells.clean(raw));
    }

    @org.junit.jupiter.api.Test
    void accountsAreLimitedToWhatCanBeStored() throws BadCell {
        String longest = "客".repeat(KpiCellReader.MAX_TEXT);
        assertEquals(longest, KpiCellReader.read(KpiField.AGENT_ACCOUNT, longest));
        assertEquals("kpi.value.tooLong", assertThrows(BadCell.class,
                () -> KpiCellReader.read(KpiField.AGENT_ACCOUNT, longest + "x")).key());
    }
}
