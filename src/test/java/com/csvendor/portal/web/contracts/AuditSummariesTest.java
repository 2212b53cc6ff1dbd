package com.csvendor.portal.web.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditSummariesTest {

    private final AuditSummaries english = new AuditSummaries(Locale.ENGLISH);
    private final AuditSummaries chinese = new AuditSummaries(Locale.SIMPLIFIED_CHINESE);

    @Test
    void statusNamesAreWordedInTheReadersLanguage() {
        assertEquals("Draft → Active", english.of("STATUS_CHANGED", "DRAFT → ACTIVE"));
        assertEquals("草稿 → 生效中", chinese.of("STATUS_CHANGED", "DRAFT → ACTIVE"));
        assertEquals("C-7 → Active 2032-12-31", english.of("RENEWED", "C-7 → ACTIVE 2032-12-31"));
    }

    @Test
    void anSlaEvaluationCountsInWordsWithPlurals() {
        assertEquals("2026-11-01 – 2026-11-30: 1 SLA result, no settlement cycle recomputed",
                english.of("SLA_EVALUATED", "2026-11-01..2026-11-30: 1 results, 0 cycles"));
        assertEquals("2026-11-01 – 2026-11-30: 1,200 SLA results, 2 settlement cycles recomputed",
                english.of("SLA_EVALUATED", "2026-11-01..2026-11-30: 1200 results, 2 cycles"));
        assertEquals("2026-11-01 – 2026-11-30：3 条 SLA 考核结果，重新计算 1 个结算周期",
                chinese.of("SLA_EVALUATED", "2026-11-01..2026-11-30: 3 results, 1 cycles"));
    }

    @Test
    void whatIsNotCodedStaysAsTyped() {
        assertEquals("v2 2031-07-01: 调价 ACTIVE", english.of("AMENDED", "v2 2031-07-01: 调价 ACTIVE"));
        assertEquals("odd text", english.of("SLA_EVALUATED", "odd text"));
        assertEquals("", english.of("CREATED", null));
    }
}
