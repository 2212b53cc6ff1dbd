package com.csvendor.portal.work.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.sla.boundary.ContractStanding;
import com.csvendor.portal.sla.boundary.DisputeView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.entity.DisputeStatus;
import com.csvendor.portal.sla.entity.DisputeSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Home-queue items about disputes and breaches say what they are about, in the reader's language. */
class WordingTest {

    private static final Instant RAISED = Instant.parse("2026-11-17T02:00:00Z");

    private final SlaResultView breach = new SlaResultView(658, 7, 2, 4, Metric.FIRST_RESPONSE_SECONDS,
            SlaWindow.DAILY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16), Comparator.LE,
            new BigDecimal("30"), new BigDecimal("45.5"), 120, 0, 1, 0, Outcome.BREACHED, null, false,
            new BigDecimal("51.67"), false, null, RAISED, 0, false);
    private final ContractStanding standing = new ContractStanding(7, "YF-PETS-2026", "萌宠天猫店", "云帆客服",
            ContractStatus.ACTIVE, null, null, 0);

    private static DisputeView dispute(DisputeSubject type, String subject) {
        return new DisputeView(5, 7, "YF-PETS-2026", type, 658, subject, "系统故障", DisputeStatus.OPEN, "vendor",
                RAISED, null, null, null, 0);
    }

    @Test
    void aDisputeToDecideNamesTheBreachedMetricAndWindow() {
        DisputeView d = dispute(DisputeSubject.BREACH, "FIRST_RESPONSE_SECONDS DAILY 2026-11-16");
        assertEquals("YF-PETS-2026: vendor disputes First response time (s), Each day, 2026-11-16 – 2026-11-16"
                + " (raised on 2026-11-17) — “系统故障”", new Wording(Locale.ENGLISH).dispute(d).text());
        assertEquals("YF-PETS-2026：vendor 于 2026-11-17 申诉 首次响应时长（秒），按日，2026-11-16 – 2026-11-16——“系统故障”",
                new Wording(Locale.SIMPLIFIED_CHINESE).dispute(d).text());
    }

    @Test
    void aDisputedIncidentNamesItsTypeAndDay() {
        DisputeView d = dispute(DisputeSubject.INCIDENT, "DATA_LEAK 2026-11-03");
        assertEquals("YF-PETS-2026: vendor disputes Data leak on 2026-11-03 (raised on 2026-11-17) — “系统故障”",
                new Wording(Locale.ENGLISH).dispute(d).text());
    }

    @Test
    void aBreachToDisputeSaysMeasuredAgainstTarget() {
        assertEquals("YF-PETS-2026: not met — First response time (s), 2026-11-16 – 2026-11-16: measured 45.5 s,"
                + " target at most 30 s", new Wording(Locale.ENGLISH).breachToDispute(standing, breach).text());
    }
}
