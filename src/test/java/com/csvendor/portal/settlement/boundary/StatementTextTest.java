package com.csvendor.portal.settlement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A statement line's source reads as words in the reader's language, never as the stored reference. */
class StatementTextTest {

    private final StatementText english = new StatementText(Locale.ENGLISH);
    private final StatementText chinese = new StatementText(Locale.SIMPLIFIED_CHINESE);

    @Test
    void everyReferenceALineKeepsIsWorded() {
        assertEquals("KPI figures 2026-10-01 – 2026-10-31, contract version 2",
                english.source("kpi:2026-10-01..2026-10-31 v2"));
        assertEquals("SLA result of the window from 2026-11-16", english.source("sla_result:2026-11-16 target 4"));
        assertEquals("An incident recorded on the contract", english.source("incident:42"));
        assertEquals("Penalty cap, contract version 3", english.source("penalty_cap v3"));
        assertEquals("Deposit clause, contract version 1", english.source("deposit v1"));
        assertEquals("Temporary agents recorded on the contract", english.source("temporary_agents:7"));
        assertEquals("Line 3 of statement ST-2026-11-0001", english.source("reverses:ST-2026-11-0001 line 3"));
        assertEquals("Entered by finance", english.source("manual"));
    }

    @Test
    void inChineseToo() {
        assertEquals("2026-10-01 – 2026-10-31 的 KPI 数据，合同第 2 版", chinese.source("kpi:2026-10-01..2026-10-31 v2"));
        assertEquals("2026-11-16 起考核窗口的 SLA 结果", chinese.source("sla_result:2026-11-16 target 4"));
    }

    @Test
    void anUnknownReferenceIsShownAsItIsAndNoneAsADash() {
        assertEquals("something else", english.source("something else"));
        assertEquals("—", english.source(""));
        assertEquals("—", english.source(null));
    }
}
