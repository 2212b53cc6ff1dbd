package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Contracts;
import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which days, versions and terms a contract's statement of a cycle covers. */
class StatementPeriodTest {

    private static final Instant NOW = Contracts.NOW;

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Contract active(ContractTerms terms) {
        return Contracts.active(terms);
    }

    /** 2031, amended from 16 March: ¥6,000 a seat and 3 % VAT. */
    private static Contract amended() {
        Contract c = active(Terms.valid());
        ContractTerms v2 = c.current().getTerms();
        v2.getFees().setSeatPrice(new BigDecimal("6000.00"));
        v2.getTax().setVatRatePercent(new BigDecimal("3"));
        c.amend(v2, d("2031-03-16"), "price", "manager", NOW);
        return c;
    }

    private static List<String> segments(StatementPeriod p) {
        return p.segments().stream().map(s -> "v" + s.version() + " " + s.from() + ".." + s.to()).toList();
    }

    @Test
    void aCycleSpanningAnAmendmentHasTwoSegmentsAndTheLaterVersionGoverns() {
        StatementPeriod p = StatementPeriod.of(amended(), d("2031-03-10")).orElseThrow();
        assertEquals(d("2031-03-01"), p.cycle().start());
        assertEquals(List.of(d("2031-03-01"), d("2031-03-31")), List.of(p.from(), p.to()));
        assertEquals(List.of("v1 2031-03-01..2031-03-15", "v2 2031-03-16..2031-03-31"), segments(p));
        assertEquals(2, p.governing().version());
        assertEquals(new BigDecimal("3"), p.governing().tax().getVatRatePercent());
        assertFalse(p.finalStatement());
        assertEquals(d("2031-04-05"), p.statementDueOn(), "statement day 5");
        StatementDraft s = new StatementCalculator().compute(p.input(everyDay(p, 10), List.of(), List.of(), List.of(), new java.util.TreeMap<>(), List.of()));
        assertEquals(List.of(new BigDecimal("24193.55"), new BigDecimal("30967.74")),
                s.lines().stream().map(DraftLine::amount).toList(), "150 × 5000 / 31, 160 × 6000 / 31");
    }

    @Test
    void theLastCycleIsTheFinalStatement() {
        StatementPeriod p = StatementPeriod.of(amended(), d("2031-12-31")).orElseThrow();
        assertTrue(p.finalStatement());
        assertEquals(List.of("v2 2031-12-01..2031-12-31"), segments(p));
    }

    @Test
    void aContractStartingMidMonthIsClippedAndNothingBeforeIt() {
        ContractTerms t = Terms.valid();
        t.getPeriod().setStart(d("2031-01-11"));
        Contract c = active(t);
        StatementPeriod p = StatementPeriod.of(c, d("2031-01-20")).orElseThrow();
        assertEquals(List.of(d("2031-01-11"), d("2031-01-31")), List.of(p.from(), p.to()));
        assertEquals(d("2031-01-01"), p.cycle().start(), "penalty tiers stay shares of the full cycle");
        assertTrue(StatementPeriod.of(c, d("2030-12-20")).isEmpty());
    }

    @Test
    void aTerminatedContractEndsTheDayBeforeTheTerminationTookEffect() {
        Contract c = amended();
        c.changeStatus(ContractStatus.TERMINATED, d("2031-06-11"), "breaches");
        assertEquals(d("2031-06-10"), c.lastDayInForce());
        StatementPeriod p = StatementPeriod.of(c, d("2031-06-01")).orElseThrow();
        assertEquals(d("2031-06-10"), p.to());
        assertTrue(p.finalStatement());
        assertTrue(StatementPeriod.of(c, d("2031-07-01")).isEmpty());
        assertEquals(d("2031-12-31"), amended().lastDayInForce());
    }

    private static TreeMap<LocalDate, KpiSums> everyDay(StatementPeriod p, long agents) {
        TreeMap<LocalDate, KpiSums> days = new TreeMap<>();
        for (LocalDate day = p.from(); !day.isAfter(p.to()); day = day.plusDays(1)) {
            days.put(day, Inputs.agents(agents));
        }
        return days;
    }
}
