package com.csvendor.portal.work.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.sla.boundary.IncidentView;
import com.csvendor.portal.sla.boundary.SlaCycleView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.entity.IncidentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueueRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static SlaCycleView cycle(int breached, int consecutive, boolean terminationRight, boolean running) {
        return new SlaCycleView(1, START, END, 1, new BigDecimal("10000.00"), BigDecimal.ZERO, BigDecimal.ZERO, null,
                BigDecimal.ZERO, 5, breached, consecutive, 3, terminationRight, running, Instant.now());
    }

    private static SlaResultView result(Outcome outcome, LocalDate day, boolean waived, String disputeStatus) {
        return new SlaResultView(9, 1, 1, 1, Metric.FIRST_RESPONSE_SECONDS, SlaWindow.DAILY, day, day,
                Comparator.LE, new BigDecimal("30"), new BigDecimal("41"), 120, 50, 1, 0, outcome, null,
                outcome.isProvisional(), new BigDecimal("36.6667"), waived, disputeStatus, Instant.now(), 1, false);
    }

    private static IncidentView incident(IncidentStatus status, LocalDate day) {
        return new IncidentView(4, 1, "C-1", day, IncidentType.FORBIDDEN_PHRASE, null, "聊天记录", new BigDecimal("200.00"),
                status, "manager", Instant.now(), 1);
    }

    @Test
    void aTerminationRightIsWorkWhileTheContractIsInForce() {
        assertTrue(QueueRules.terminationRight(ContractStatus.ACTIVE, cycle(3, 3, true, false)));
        assertTrue(QueueRules.terminationRight(ContractStatus.SUSPENDED, cycle(3, 3, true, true)));
        assertFalse(QueueRules.terminationRight(ContractStatus.TERMINATED, cycle(3, 3, true, false)), "used already");
        assertFalse(QueueRules.terminationRight(ContractStatus.EXPIRED, cycle(3, 3, true, false)));
        assertFalse(QueueRules.terminationRight(ContractStatus.ACTIVE, cycle(2, 2, false, true)), "not reached");
        assertFalse(QueueRules.terminationRight(ContractStatus.ACTIVE, null), "never evaluated");
    }

    @Test
    void runningBreachesAreThoseOfACycleStillRunning() {
        assertTrue(QueueRules.runningBreaches(ContractStatus.ACTIVE, cycle(2, 1, false, true)));
        assertFalse(QueueRules.runningBreaches(ContractStatus.ACTIVE, cycle(2, 1, false, false)), "a closed cycle");
        assertFalse(QueueRules.runningBreaches(ContractStatus.ACTIVE, cycle(0, 0, false, true)), "none so far");
        assertFalse(QueueRules.runningBreaches(ContractStatus.EXPIRED, cycle(2, 1, false, true)));
    }

    @Test
    void aBreachCanBeDisputedOnceJudgedCountedAndUndisputedInTheRunningCycle() {
        SlaCycleView running = cycle(1, 1, false, true);
        LocalDate day = START.plusDays(3);
        assertTrue(QueueRules.disputable(result(Outcome.BREACHED, day, false, null), running));
        assertFalse(QueueRules.disputable(result(Outcome.PROVISIONAL_BREACHED, day, false, null), running),
                "its window still runs");
        assertFalse(QueueRules.disputable(result(Outcome.BREACHED, day, true, null), running), "waived");
        assertFalse(QueueRules.disputable(result(Outcome.BREACHED, day, false, "OPEN"), running), "disputed");
        assertFalse(QueueRules.disputable(result(Outcome.BREACHED, day, false, "REJECTED"), running), "decided");
        assertFalse(QueueRules.disputable(result(Outcome.MET, day, false, null), running));
        assertFalse(QueueRules.disputable(result(Outcome.BREACHED, START.minusDays(1), false, null), running),
                "an earlier cycle");
        assertFalse(QueueRules.disputable(result(Outcome.BREACHED, day, false, null), cycle(1, 1, false, false)),
                "the cycle has closed");
    }

    @Test
    void anIncidentCanBeDisputedWhileRecordedInTheRunningCycle() {
        SlaCycleView running = cycle(0, 0, false, true);
        assertTrue(QueueRules.disputable(incident(IncidentStatus.RECORDED, END), running));
        assertFalse(QueueRules.disputable(incident(IncidentStatus.DISPUTED, END), running));
        assertFalse(QueueRules.disputable(incident(IncidentStatus.WITHDRAWN, END), running));
        assertFalse(QueueRules.disputable(incident(IncidentStatus.RECORDED, END.plusDays(1)), running));
    }
}
