package com.csvendor.portal.web.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.settlement.boundary.LineSourceWords;
import com.csvendor.portal.sla.boundary.IncidentView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.control.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A statement line's source on its page: words a business user reads, and the page that shows it. */
class LineSourcesTest {

    /** What the stored references look like; none of it may reach the page. */
    private static final Pattern CODE = Pattern.compile(
            ".*(kpi:|sla_result|target \\d|incident:|penalties\\.|\\[\\d+]|#\\d+|\\bv\\d+\\b|[A-Z]{2,}_[A-Z_]+).*");

    private static final LocalDate CYCLE = LocalDate.of(2026, 11, 1);
    private static final String SLA_PAGE = "sla/contract.xhtml?id=7&cycle=2026-11-01";

    private final SlaResultView breach = new SlaResultView(658, 7, 2, 4, Metric.FIRST_RESPONSE_SECONDS,
            SlaWindow.DAILY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16), Comparator.LE,
            new BigDecimal("30"), new BigDecimal("45.5"), 120, 0, 1, 0, Outcome.BREACHED, null, false,
            new BigDecimal("51.67"), false, null, Instant.parse("2026-11-17T00:00:00Z"), 0, false);
    private final IncidentView incident = new IncidentView(42, 7, "YF-PETS-2026", LocalDate.of(2026, 11, 3),
            IncidentType.FORBIDDEN_PHRASE, "v2 penalties.incidentFines[0]", "截图", new BigDecimal("200.00"), null,
            "manager", Instant.parse("2026-11-03T02:00:00Z"), 0);
    private final LineSources manager = new LineSources(7, 3, 5, CYCLE, new LineSourceWords(List.of(breach), List.of(incident), List.of()), true);
    private final LineSources finance = new LineSources(7, 3, 5, CYCLE, new LineSourceWords(List.of(breach), List.of(incident), List.of()), false);

    @Test
    void anSlaResultReadsAsMetricWindowAndMeasuredAgainstTargetAndOpensTheCycleOnTheSlaPage() {
        LineSources.Shown en = manager.of("sla_result:2026-11-16 target 4", Locale.ENGLISH);
        assertEquals("First response time (s), 2026-11-16 – 2026-11-16: measured 45.5 s, target at most 30 s",
                en.text());
        assertEquals(SLA_PAGE, en.link());
        assertEquals("sla-form:results", en.fragment());
        LineSources.Shown zh = manager.of("sla_result:2026-11-16 target 4", Locale.SIMPLIFIED_CHINESE);
        assertFalse(CODE.matcher(zh.text()).matches(), zh.text());
        assertEquals(SLA_PAGE, zh.link());
    }

    @Test
    void anIncidentReadsAsItsTypeAndDay() {
        assertEquals("Forbidden phrase used on 2026-11-03", manager.of("incident:42", Locale.ENGLISH).text());
        assertEquals("2026-11-03 使用禁用语", manager.of("incident:42", Locale.SIMPLIFIED_CHINESE).text());
        assertEquals(SLA_PAGE, manager.of("incident:42", Locale.ENGLISH).link());
        assertEquals("sla-form:incidents", manager.of("incident:42", Locale.ENGLISH).fragment());
    }

    @Test
    void kpiFiguresOpenTheImportsOfTheirStoreVendorAndDaysForThoseWhoSeeThemAndTheSlaPageForFinance() {
        LineSources.Shown en = manager.of("kpi:2026-11-01..2026-11-30 v2", Locale.ENGLISH);
        assertEquals("KPI figures 2026-11-01 – 2026-11-30, contract version 2", en.text());
        assertEquals("kpi/imports.xhtml?store=3&vendor=5&from=2026-11-01&to=2026-11-30", en.link());
        assertNull(en.fragment());
        assertEquals(SLA_PAGE, finance.of("kpi:2026-11-01..2026-11-30 v2", Locale.ENGLISH).link());
    }

    @Test
    void aResultOrIncidentNoLongerFoundStillReadsAsWordsWithoutItsNumber() {
        LineSources none = new LineSources(7, 3, 5, CYCLE, LineSourceWords.NONE, true);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String text = none.of("sla_result:2026-11-16 target 4", locale).text();
            assertFalse(CODE.matcher(text).matches(), text);
        }
        assertEquals("SLA result of the window from 2026-11-16",
                none.of("sla_result:2026-11-16 target 4", Locale.ENGLISH).text());
    }

    @Test
    void linesWithNothingToOpenHaveNoLink() {
        assertNull(manager.of("penalty_cap v3", Locale.ENGLISH).link());
        assertEquals("Penalty cap, contract version 3", manager.of("penalty_cap v3", Locale.ENGLISH).text());
        assertNull(manager.of("manual", Locale.ENGLISH).link());
        assertNull(manager.of(null, Locale.ENGLISH).link());
    }
}
