package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every explanation the calculators give reads as a sentence in both languages, with its figures. */
class ExplanationsTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static String en(String key, List<Object> args) {
        return Messages.format(Locale.ENGLISH, key, args.toArray());
    }

    @Test
    void feeLinesReadWithTheirFigures() {
        Fees seats = ServiceFeeCalculatorTest.seats("5000");
        FeeLine seat = new ServiceFeeCalculator().fees(seats, List.of(ServiceFeeCalculatorTest.part("2026-01-01",
                "2026-01-31", Sums.agentDays(310).get()))).lines().get(0);
        assertEquals("Seats 2026-01: 310 agent-days × ¥5,000.00 / 31 days", en(seat.explanationKey(), seat.args()));
        assertEquals("坐席费 2026-01：310 人天 × ¥5,000.00 / 31 天",
                Messages.format(Locale.SIMPLIFIED_CHINESE, seat.explanationKey(), seat.args().toArray()));
    }

    @Test
    void overtimeSaysOverHowManyAgentDaysItWasComputedOrThatItWasNot() {
        Fees seats = ServiceFeeCalculatorTest.seats("5000");
        seats.setContractedHoursPerAgent(m("208"));
        seats.setOvertimeRate(m("40"));
        FeeLine partial = new ServiceFeeCalculator().fees(seats, List.of(
                ServiceFeeCalculatorTest.part("2026-11-01", "2026-11-20", Sums.agentDays(40).hours("450.25").get()),
                ServiceFeeCalculatorTest.part("2026-11-21", "2026-11-30", Sums.agentDays(20).noReceivedNorHours().get())))
                .lines().get(1);
        assertEquals("Overtime 2026-11: 450.25 h online − 277.33 h contracted = 172.92 h × ¥40.00, over the 40 of 60"
                + " agent-days that reported online hours (the others give no online hours: their overtime is not"
                + " computed)", en(partial.explanationKey(), partial.args()));
        assertEquals("加班 2026-11：在线 450.25 小时 − 约定 277.33 小时 = 172.92 小时 × ¥40.00，仅按报有在线时长的 40 个人天计算"
                + "（共 60 个人天；其余人天无在线时长数据，其加班未计算）",
                Messages.format(Locale.SIMPLIFIED_CHINESE, partial.explanationKey(), partial.args().toArray()));
        FeeLine none = new ServiceFeeCalculator().fees(seats, List.of(ServiceFeeCalculatorTest.part("2026-11-01",
                "2026-11-30", Sums.agentDays(60).noReceivedNorHours().get()))).lines().get(1);
        assertEquals("Overtime 2026-11 at ¥40.00/h: not computed (¥0.00), none of the month's 60 agent-days reported"
                + " online hours", en(none.explanationKey(), none.args()));
        assertEquals("加班 2026-11，¥40.00/小时：未计算（¥0.00），本月 60 个人天均无在线时长数据",
                Messages.format(Locale.SIMPLIFIED_CHINESE, none.explanationKey(), none.args().toArray()));
    }

    @Test
    void penaltyLinesReadWithTheirFigures() {
        Window nov = new Window(SlaWindow.SETTLEMENT_CYCLE, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        WindowResult r = new WindowResult(1, Metric.SATISFACTION_RATE, nov, Comparator.GE, m("95"), m("80"), 100, 0, 30, 0,
                Outcome.BREACHED, m("15.7895"));
        PenaltyLine tier = new PenaltyCalculator().cycle(PenaltyCalculatorTest.clauses(null, null, "10", "5"), nov,
                m("100000"), List.of(r), Map.of(), List.of(), Map.of()).lines().get(0);
        assertEquals("Satisfaction (%) 2026-11-01 – 2026-11-30: shortfall 15.7895 % over 10 %: 5 % of cycle fee "
                + "¥100,000.00 × 30/30 days", en(tier.explanationKey(), tier.args()));
    }

    @Test
    void everyKeyExistsInBothLanguagesAndTakesItsArguments() {
        Set<String> keys = new TreeSet<>();
        for (Object[] keyAndArgs : allLines()) {
            String key = (String) keyAndArgs[0];
            keys.add(key);
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) keyAndArgs[1];
            for (Locale locale : LOCALES) {
                String text = Messages.format(locale, key, args.toArray());
                assertNotEquals(key, text, key + " missing in " + locale);
                assertFalse(text.contains("{"), text);
            }
        }
        assertEquals(Set.of("sla.fee.seat", "sla.fee.base", "sla.fee.sessions", "sla.fee.sessionsAbove",
                "sla.fee.commission", "sla.fee.commissionNet", "sla.fee.commissionNetNoRefunds",
                "sla.fee.commissionNoSales", "sla.fee.sessionsNoFigures", "sla.fee.hourlyNoFigures", "sla.fee.hourly", "sla.fee.overtime", "sla.fee.overtimePartial", "sla.fee.overtimeNoFigures", "sla.fee.surcharge",
                "sla.fee.minimum", "sla.penalty.tier", "sla.penalty.fixed", "sla.penalty.incident", "sla.penalty.cap"),
                keys, "every explanation key the calculators use is exercised here");
    }

    /** Lines of every kind, from the calculators themselves. */
    private static List<Object[]> allLines() {
        List<Object[]> out = new ArrayList<>();
        ServiceFeeCalculator fees = new ServiceFeeCalculator();
        MonthPart month = ServiceFeeCalculatorTest.part("2026-11-01", "2026-11-30",
                Sums.agentDays(30).received(3000).sales("10000", "100").hours("300").get());
        List<Fees> terms = new ArrayList<>();
        Fees seat = ServiceFeeCalculatorTest.seats("5000");
        seat.setContractedHoursPerAgent(m("200"));
        seat.setOvertimeRate(m("40"));
        seat.setMinimumMonthlyFee(m("100000"));
        seat.setSurcharges(List.of(ServiceFeeCalculatorTest.surcharge("Double 11", "2026-11-11", "2026-11-11", "50")));
        terms.add(seat);
        Fees base = ServiceFeeCalculatorTest.fees(FeeModel.BASE_PLUS_COMMISSION);
        base.setBasePerAgent(m("2000"));
        base.setCommissionPercent(m("2"));
        terms.add(base);
        Fees net = ServiceFeeCalculatorTest.fees(FeeModel.COMMISSION);
        net.setCommissionPercent(m("2"));
        net.setCommissionNetOfRefunds(true);
        terms.add(net);
        Fees sessions = ServiceFeeCalculatorTest.fees(FeeModel.PER_SESSION);
        sessions.setSessionTiers(List.of(ServiceFeeCalculatorTest.tier(500, "0.9"), ServiceFeeCalculatorTest.tier(null, "0.7")));
        terms.add(sessions);
        Fees hourly = ServiceFeeCalculatorTest.fees(FeeModel.HOURLY);
        hourly.setHourlyRate(m("30"));
        terms.add(hourly);
        for (Fees f : terms) {
            fees.fees(f, List.of(month)).lines().forEach(l -> out.add(new Object[] {l.explanationKey(), l.args()}));
        }
        for (Sums noFigure : List.of(Sums.agentDays(30).sales("10000", "0").noRefunds(), Sums.agentDays(30).noSales())) {
            fees.fees(net, List.of(ServiceFeeCalculatorTest.part("2026-11-01", "2026-11-30", noFigure.get()))).lines()
                    .forEach(l -> out.add(new Object[] {l.explanationKey(), l.args()}));
        }
        MonthPart unknown = ServiceFeeCalculatorTest.part("2026-11-01", "2026-11-30",
                Sums.agentDays(30).noReceivedNorHours().get());
        for (Fees f : List.of(sessions, hourly)) {
            fees.fees(f, List.of(unknown)).lines().forEach(l -> out.add(new Object[] {l.explanationKey(), l.args()}));
        }
        MonthPart someHours = ServiceFeeCalculatorTest.part("2026-11-01", "2026-11-30", Sums.agentDays(30).hours("300")
                .get().plus(Sums.agentDays(10).noReceivedNorHours().get()));
        for (MonthPart p : List.of(someHours, unknown)) {
            fees.fees(seat, List.of(p)).lines().forEach(l -> out.add(new Object[] {l.explanationKey(), l.args()}));
        }
        Window nov = new Window(SlaWindow.SETTLEMENT_CYCLE, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        Penalties p = new Penalties();
        PenaltyTier t = new PenaltyTier();
        t.setShortfallOverPercent(m("0"));
        t.setFeePercent(m("50"));
        p.setTiers(List.of(t));
        p.setCapPercent(m("10"));
        WindowResult r = new WindowResult(1, Metric.FIRST_RESPONSE_SECONDS, nov, Comparator.LE, m("30"), m("45"), 10, 0,
                30, 0, Outcome.BREACHED, m("50"));
        new PenaltyCalculator().cycle(p, nov, m("1000"), List.of(r), Map.of(1, m("10")), List.of(m("5")), Map.of())
                .lines().forEach(l -> out.add(new Object[] {l.explanationKey(), l.args()}));
        return out;
    }

    @Test
    void anEmptyCycleHasNoLines() {
        Window nov = new Window(SlaWindow.SETTLEMENT_CYCLE, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        assertEquals(List.of(), new PenaltyCalculator().cycle(new Penalties(), nov, m("0"), List.of(), Map.of(), List.of(),
                Map.of()).lines());
        assertEquals(List.of(), new ServiceFeeCalculator().fees(ServiceFeeCalculatorTest.seats("1"),
                List.of(ServiceFeeCalculatorTest.part("2026-11-01", "2026-11-30", KpiSums.ZERO))).lines());
    }
}
