package com.csvendor.portal.web.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.entity.DisputeSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Incident clauses and dispute subjects read as words, never as the codes the service keeps. */
class SlaWordsTest {

    private final SlaWords english = new SlaWords(Locale.ENGLISH);
    private final SlaWords chinese = new SlaWords(Locale.SIMPLIFIED_CHINESE);

    @Test
    void anIncidentClauseIsTheContractVersionAndTheClauseName() {
        assertEquals("Contract version 2: Penalty clauses › Incident fines #1",
                english.clause("v2 penalties.incidentFines[0]"));
        assertEquals("", english.clause(null));
        assertEquals("something", english.clause("something"));
    }

    @Test
    void aBreachedResultIsMetricDatesAndMeasuredAgainstTarget() {
        SlaResultView r = new SlaResultView(658, 1, 2, 4, Metric.FIRST_RESPONSE_SECONDS, SlaWindow.DAILY,
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16), Comparator.LE, new BigDecimal("30"),
                new BigDecimal("45.5"), 120, 0, 1, 0, Outcome.BREACHED, null, false, null, false, null,
                Instant.parse("2026-11-17T00:00:00Z"), 0, false);
        assertEquals("First response time (s), 2026-11-16 – 2026-11-16: measured 45.5 s, target at most 30 s",
                english.result(r));
    }

    @Test
    void aDisputeSubjectReadsAsLabelsInBothLanguages() {
        assertEquals("First response time (s), Each day, 2026-11-16 – 2026-11-16",
                english.subject(DisputeSubject.BREACH, "FIRST_RESPONSE_SECONDS DAILY 2026-11-16"));
        assertEquals("First response time (s), Each week, 2026-11-16 – 2026-11-22",
                english.subject(DisputeSubject.BREACH, "FIRST_RESPONSE_SECONDS WEEKLY 2026-11-16–2026-11-22"));
        assertEquals("Data leak on 2026-11-03", english.subject(DisputeSubject.INCIDENT, "DATA_LEAK 2026-11-03"));
        assertEquals("record no. 658", english.subject(DisputeSubject.BREACH, "#658"));
        assertEquals("658 号记录", chinese.subject(DisputeSubject.BREACH, "#658"));
        assertEquals("NO_SUCH_METRIC DAILY 2026-11-16",
                english.subject(DisputeSubject.BREACH, "NO_SUCH_METRIC DAILY 2026-11-16"));
    }
}
