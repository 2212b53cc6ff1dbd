package com.csvendor.portal.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.sla.control.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlaResultTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    private static SlaResult.Judgement judged(Outcome outcome, String measured, int version) {
        return new SlaResult.Judgement(version, Metric.FIRST_RESPONSE_SECONDS, DAY, Comparator.LE, new BigDecimal("30"),
                new BigDecimal(measured), 120, 50, 1, 0, outcome,
                outcome == Outcome.BREACHED ? new BigDecimal("16.6667") : null, false);
    }

    @Test
    void aBreachCountsUntilWaived() {
        SlaResult r = new SlaResult(5, 1, SlaWindow.DAILY, DAY);
        r.refresh(judged(Outcome.BREACHED, "35", 1), Instant.now());
        assertTrue(r.isCountedBreach());
        r.waive();
        assertTrue(r.isWaived());
        assertFalse(r.isCountedBreach());
    }

    @Test
    void onlyABreachCanBeWaived() {
        SlaResult r = new SlaResult(5, 1, SlaWindow.DAILY, DAY);
        r.refresh(judged(Outcome.MET, "25", 1), Instant.now());
        assertThrows(InvalidInputException.class, r::waive);
        assertFalse(r.isWaived());
    }

    @Test
    void reEvaluationReplacesTheFiguresAndKeepsTheWaiver() {
        SlaResult r = new SlaResult(5, 1, SlaWindow.DAILY, DAY);
        r.refresh(judged(Outcome.BREACHED, "35", 1), Instant.now());
        r.waive();
        r.refresh(judged(Outcome.BREACHED, "40", 2), Instant.now());
        assertEquals(new BigDecimal("40"), r.getMeasured());
        assertEquals(2, r.getContractVersion());
        assertTrue(r.isWaived());
        assertFalse(r.isCountedBreach());
    }

    @Test
    void aProvisionalBreachNeitherCountsNorCanBeWaivedUntilTheWindowIsJudged() {
        SlaResult r = new SlaResult(5, 1, SlaWindow.DAILY, DAY);
        r.refresh(judged(Outcome.PROVISIONAL_BREACHED, "35", 1), Instant.now());
        assertTrue(r.isProvisional());
        assertFalse(r.isCountedBreach());
        assertThrows(InvalidInputException.class, r::waive);
        r.refresh(judged(Outcome.BREACHED, "35", 1), Instant.now());
        assertFalse(r.isProvisional(), "judged for good once the window closed");
        assertTrue(r.isCountedBreach());
    }

    @Test
    void theSameFiguresAgainAreNotAChangeWhateverTheirScale() {
        SlaResult r = new SlaResult(5, 1, SlaWindow.DAILY, DAY);
        Instant first = Instant.parse("2026-11-19T01:00:00Z");
        assertTrue(r.refresh(judged(Outcome.BREACHED, "35", 1), first));
        // As the database gives them back: DECIMAL(14,4) and (18,4).
        SlaResult.Judgement stored = new SlaResult.Judgement(1, Metric.FIRST_RESPONSE_SECONDS, DAY, Comparator.LE,
                new BigDecimal("30.0000"), new BigDecimal("35.0000"), 120, 50, 1, 0, Outcome.BREACHED,
                new BigDecimal("16.66670"), false);
        assertFalse(r.refresh(stored, Instant.parse("2026-11-20T01:00:00Z")));
        assertEquals(first, r.getEvaluatedAt(), "left untouched, so not written");
        assertTrue(r.refresh(judged(Outcome.BREACHED, "35.0001", 1), Instant.parse("2026-11-20T01:00:00Z")));
        assertEquals(new BigDecimal("35.0001"), r.getMeasured());
    }

    @Test
    void aMissingMeasureAgainstAFigureIsAChange() {
        SlaResult r = new SlaResult(5, 1, SlaWindow.DAILY, DAY);
        r.refresh(judged(Outcome.MET, "25", 1), Instant.now());
        SlaResult.Judgement none = new SlaResult.Judgement(1, Metric.FIRST_RESPONSE_SECONDS, DAY, Comparator.LE,
                new BigDecimal("30"), null, 0, 50, 0, 0, Outcome.NOT_JUDGED, null, false);
        assertTrue(r.refresh(none, Instant.now()));
        assertEquals(null, r.getMeasured());
        assertFalse(r.refresh(none, Instant.now()));
    }
}
