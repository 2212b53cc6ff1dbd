package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.Shift;
import com.csvendor.portal.contract.entity.TermsJson;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The staffing reconciliation's rules, day by day (PRODUCT.md, "Staffing is a promise to check"). */
class StaffingReconciliationTest {

    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    /** After every December day's report fell due (12:00 Beijing the next day, by default). */
    static final Instant JANUARY = Instant.parse("2027-01-05T00:00:00Z");

    static Shift shift(String name, String start, String end, int headcount, DayOfWeek... days) {
        Shift s = new Shift();
        s.setName(name);
        s.setStart(LocalTime.parse(start));
        s.setEnd(LocalTime.parse(end));
        s.setHeadcount(headcount);
        if (days.length > 0) {
            s.setDays(EnumSet.copyOf(List.of(days)));
        }
        return s;
    }

    static PromotionCommitment promotion(String name, String from, String to, int headcount) {
        PromotionCommitment p = new PromotionCommitment();
        p.setName(name);
        p.setFrom(LocalDate.parse(from));
        p.setTo(LocalDate.parse(to));
        p.setHeadcount(headcount);
        return p;
    }

    static ContractTerms terms(Shift... shifts) {
        ContractTerms t = new ContractTerms();
        t.getHours().setShifts(List.of(shifts));
        return t;
    }

    static ContractDates<ContractTerms> contract(LocalDate start, ContractTerms terms) {
        return new ContractDates<>(start, DEC_31, ContractStatus.ACTIVE, null,
                List.of(new ContractDates.Dated<>(1, start, SettlementCycle.MONTHLY, terms)));
    }

    static List<StaffingDay> days(ContractTerms terms, List<StaffingReconciliation.Accepted> requests,
            Map<LocalDate, KpiSums> sums) {
        return StaffingReconciliation.days(contract(DEC_1, terms), t -> t, DEC_1, DEC_31, requests, sums, Set.of(), JANUARY);
    }

    static StaffingDay on(List<StaffingDay> days, String day) {
        LocalDate d = LocalDate.parse(day);
        return days.stream().filter(x -> x.day().equals(d)).findFirst().orElse(null);
    }

    static Map<LocalDate, KpiSums> present(Object... dayAndAgents) {
        Map<LocalDate, KpiSums> out = new HashMap<>();
        for (int i = 0; i < dayAndAgents.length; i += 2) {
            out.put(LocalDate.parse((String) dayAndAgents[i]), Sums.agentDays((Integer) dayAndAgents[i + 1]).get());
        }
        return out;
    }

    @Test
    void aShiftCrossingMidnightCountsOnTheDayItStartsWithItsHoursOverMidnight() {
        // 2026-12-04 is a Friday: the night shift 22:00–06:00 starts that evening.
        ContractTerms t = terms(shift("Day", "08:00", "22:00", 5), shift("Night", "22:00", "06:00", 3, DayOfWeek.FRIDAY));
        List<StaffingDay> d = days(t, List.of(), Map.of());
        assertEquals(8, on(d, "2026-12-04").committed());
        assertEquals(new BigDecimal("94.00"), on(d, "2026-12-04").committedHours(), "5 × 14 h + 3 × 8 h");
        assertEquals(5, on(d, "2026-12-05").committed(), "Saturday: the night shift that ends Saturday 06:00 is Friday's");
        assertEquals(new BigDecimal("70.00"), on(d, "2026-12-05").committedHours());
    }

    @Test
    void roundTheClockIsShiftsCoveringTheWholeDayEachWithItsHeadcount() {
        ContractTerms t = terms(shift("A", "00:00", "08:00", 2), shift("B", "08:00", "16:00", 3),
                shift("C", "16:00", "00:00", 2));
        t.getHours().setOpens(LocalTime.MIDNIGHT);
        t.getHours().setCloses(LocalTime.MIDNIGHT);
        List<StaffingDay> d = days(t, List.of(), present("2026-12-07", 6));
        assertEquals(31, d.size(), "every day of December is a service day");
        StaffingDay monday = on(d, "2026-12-07");
        assertEquals(7, monday.committed());
        assertEquals(new BigDecimal("56.00"), monday.committedHours(), "7 agents × 8 h");
        assertEquals(1, monday.missing());
        assertTrue(monday.isShort());
        assertEquals(new BigDecimal("24.00"), StaffingReconciliation.hoursOf(shift("All", "00:00", "00:00", 1)));
    }

    @Test
    void aContractStartingMidMonthIsJudgedFromItsStartAndOnlyOnItsServiceDays() {
        ContractTerms t = terms(shift("Day", "09:00", "18:00", 4));
        t.getHours().setDays(EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)));
        List<StaffingDay> d = StaffingReconciliation.days(contract(LocalDate.of(2026, 12, 15), t), x -> x, DEC_1,
                DEC_31, List.of(), present("2026-12-14", 1, "2026-12-15", 4), Set.of(), JANUARY);
        assertEquals(LocalDate.of(2026, 12, 15), d.get(0).day(), "nothing before the start");
        assertNull(on(d, "2026-12-20"), "Sunday is no service day");
        assertEquals(15, d.size(), "17 days from the 15th, less the Sundays 20th and 27th");
        assertEquals(0, on(d, "2026-12-15").missing());
        assertFalse(on(d, "2026-12-15").isShort());
    }

    @Test
    void aPromotionCommitmentIsTheDaysTotalHeadcountNotAddedToTheShifts() {
        ContractTerms t = terms(shift("Early", "08:00", "16:00", 5), shift("Late", "16:00", "23:00", 3));
        t.getStaffing().setPromotions(List.of(promotion("双12", "2026-12-11", "2026-12-12", 18),
                promotion("Small", "2026-12-20", "2026-12-20", 6)));
        List<StaffingDay> d = days(t, List.of(), present("2026-12-12", 8));
        assertEquals(8, on(d, "2026-12-10").committed());
        assertNull(on(d, "2026-12-10").promotion());
        assertEquals(18, on(d, "2026-12-12").committed(), "max(8, 18), not 8 + 18");
        assertEquals("双12", on(d, "2026-12-12").promotion());
        assertEquals(new BigDecimal("61.00"), on(d, "2026-12-12").committedHours(), "hours are the shifts' only");
        assertEquals(10, on(d, "2026-12-12").missing());
        assertEquals(8, on(d, "2026-12-20").committed(), "a commitment below the shifts lowers nothing");
    }

    @Test
    void anAcceptedRequestRaisesTheHeadcountFromItsFirstDayToItsLast() {
        ContractTerms t = terms(shift("Day", "08:00", "20:00", 8));
        t.getStaffing().setPromotions(List.of(promotion("双12", "2026-12-12", "2026-12-12", 18)));
        List<StaffingDay> d = days(t, List.of(new StaffingReconciliation.Accepted(2, LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 12)), new StaffingReconciliation.Accepted(1, LocalDate.of(2026, 12, 28), null)),
                Map.of());
        assertEquals(8, on(d, "2026-12-09").committed());
        assertEquals(10, on(d, "2026-12-10").committed());
        assertEquals(20, on(d, "2026-12-12").committed(), "the promotion's 18 plus the 2 requested");
        assertEquals(8, on(d, "2026-12-13").committed(), "after the request's last day");
        assertEquals(9, on(d, "2026-12-31").committed(), "an open-ended request runs on");
    }

    @Test
    void withNoHeadcountPromisedNothingIsJudged() {
        List<StaffingDay> d = days(terms(), List.of(), present("2026-12-03", 2));
        StaffingDay day = on(d, "2026-12-03");
        assertEquals(0, day.committed());
        assertFalse(day.judged());
        assertNull(day.missing());
        assertTrue(d.stream().noneMatch(StaffingDay::isShort));
    }

    @Test
    void aDayWithoutKpiRowsIsNotJudgedAndMissingOnlineHoursAreNoFigure() {
        ContractTerms t = terms(shift("Day", "08:00", "20:00", 3));
        Map<LocalDate, KpiSums> sums = new HashMap<>();
        sums.put(LocalDate.of(2026, 12, 2), Sums.agentDays(3).hours("33.5").get());
        sums.put(LocalDate.of(2026, 12, 3), Sums.agentDays(2).noReceivedNorHours().get());
        List<StaffingDay> d = days(t, List.of(), sums);
        assertNull(on(d, "2026-12-01").present(), "no rows: not 0 present");
        assertFalse(on(d, "2026-12-01").judged());
        assertEquals(new BigDecimal("33.5"), on(d, "2026-12-02").onlineHours());
        assertNull(on(d, "2026-12-03").onlineHours());
        assertEquals(1, on(d, "2026-12-03").missing());
    }

    /**
     * Issue 17: a day is not short before it is complete. On 12-06 at 11:00 Beijing time, 12-06
     * (today, 3 of 7 agents so far) and 12-05 (report due 12-06 12:00) are pending, not judged, not
     * short; 12-04 (due 12-05 12:00) is judged short. After 12:00, 12-05 is judged too. A contract
     * giving two days for the report keeps 12-05 pending until 12-07 12:00.
     */
    @Test
    void aDayWhoseReportIsNotDueYetIsPendingNotShort() {
        ContractTerms t = terms(shift("Early", "08:00", "15:30", 4), shift("Late", "15:30", "23:00", 3));
        Map<LocalDate, KpiSums> rows = present("2026-12-04", 3, "2026-12-05", 3, "2026-12-06", 3);
        Instant beforeNoon = Instant.parse("2026-12-06T03:00:00Z");
        List<StaffingDay> d = StaffingReconciliation.days(contract(DEC_1, t), x -> x, DEC_1, DEC_31, List.of(), rows,
                Set.of(), beforeNoon);
        for (String day : List.of("2026-12-05", "2026-12-06")) {
            assertTrue(on(d, day).pending(), day);
            assertFalse(on(d, day).judged(), day);
            assertFalse(on(d, day).isShort(), day);
            assertNull(on(d, day).missing(), day);
        }
        assertFalse(on(d, "2026-12-04").pending());
        assertTrue(on(d, "2026-12-04").isShort());
        assertEquals(4, on(d, "2026-12-04").missing());
        assertEquals(new StaffingReconciliation.Kept(7, 3, new BigDecimal("42.86")), StaffingReconciliation.kept(d),
                "only the 4th counts toward staffing kept");
        List<StaffingDay> afterNoon = StaffingReconciliation.days(contract(DEC_1, t), x -> x, DEC_1, DEC_31, List.of(),
                rows, Set.of(), Instant.parse("2026-12-06T04:00:01Z"));
        assertTrue(on(afterNoon, "2026-12-05").isShort(), "due 12:00 Beijing = 04:00 UTC");
        assertTrue(on(afterNoon, "2026-12-06").pending());
        t.getPenalties().getDailyReport().setDueDaysAfter(2);
        List<StaffingDay> twoDays = StaffingReconciliation.days(contract(DEC_1, t), x -> x, DEC_1, DEC_31, List.of(),
                rows, Set.of(), Instant.parse("2026-12-06T04:00:01Z"));
        assertTrue(on(twoDays, "2026-12-05").pending(), "the contract's own deadline: 12-07 12:00");
        assertTrue(on(twoDays, "2026-12-04").isShort());
    }

    @Test
    void aWaivedDayIsJudgedButNotShortAndOlderTermsReadWithTheDefaults() {
        ContractTerms t = terms(shift("Day", "08:00", "20:00", 3));
        List<StaffingDay> d = StaffingReconciliation.days(contract(DEC_1, t), x -> x, DEC_1, DEC_31, List.of(),
                present("2026-12-02", 1), Set.of(LocalDate.of(2026, 12, 2)), JANUARY);
        assertEquals(2, on(d, "2026-12-02").missing());
        assertFalse(on(d, "2026-12-02").isShort());
        ContractTerms old = TermsJson.read("{\"staffing\":{\"addNoticeDays\":5}}");
        assertNull(old.getStaffing().getFinePerMissingAgentDay());
        assertTrue(old.getStaffing().isWithholdSurchargeWhenShort());
    }

    @Test
    void staffingKeptIsKeptOverCommittedAgentDaysOfTheJudgedDaysAndNoFigureWhenNoneWasJudged() {
        ContractTerms t = terms(shift("Day", "08:00", "20:00", 4));
        // Judged: the 1st (4 of 4), the 2nd (1 of 4), the 3rd (6 of 4: counts as 4 kept); the rest have no rows.
        List<StaffingDay> d = days(t, List.of(), present("2026-12-01", 4, "2026-12-02", 1, "2026-12-03", 6));
        StaffingReconciliation.Kept kept = StaffingReconciliation.kept(d);
        assertEquals(12, kept.committed());
        assertEquals(9, kept.kept());
        assertEquals(new BigDecimal("75.00"), kept.percent());
        assertNull(StaffingReconciliation.kept(days(terms(), List.of(), present("2026-12-01", 4))).percent(),
                "nothing committed: no figure, not 0 %");
        StaffingReconciliation.Kept two = StaffingReconciliation.Kept.of(List.of(kept,
                new StaffingReconciliation.Kept(4, 4, new BigDecimal("100.00"))));
        assertEquals(new BigDecimal("81.25"), two.percent(), "13 of 16, not the mean of 75 % and 100 %");
    }
}
