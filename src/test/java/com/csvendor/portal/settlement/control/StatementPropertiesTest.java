package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Deposit;
import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.contract.entity.Surcharge;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.control.FeeSegment;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.control.PenaltyLine;
import com.csvendor.portal.sla.control.SlaWindows;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded random statements — every cycle kind, clipped periods, up to three versions, every fee model
 * and modifier, penalties with and without a cap, incidents, temporary agents, deposits, every usual
 * VAT rate included or on top — always obey the money contract of {@link StatementDraft}.
 */
class StatementPropertiesTest {

    private static final int RUNS = 3_000;
    private static final int[] RATES = {0, 1, 3, 6, 9, 13};

    private final StatementCalculator calculator = new StatementCalculator();

    @Test
    void randomStatementsAddUp() {
        Random rnd = new Random(20261122L);
        int negative = 0;
        int capped = 0;
        int deposits = 0;
        for (int run = 0; run < RUNS; run++) {
            StatementInput in = input(rnd);
            StatementDraft s;
            try {
                s = consistent(calculator.compute(in));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("run " + run + ": " + in, e);
            }
            for (DraftLine l : s.lines()) {
                switch (l.section()) {
                    case FEE -> assertTrue(l.amount().signum() >= 0, l::toString);
                    case PENALTY -> assertTrue(PenaltyLine.CAP.equals(l.type()) ? l.amount().signum() > 0
                            : l.amount().signum() <= 0, l::toString);
                    case DEPOSIT -> assertTrue(in.finalStatement(), l::toString);
                    case ADJUSTMENT -> throw new AssertionError("a regular statement has no adjustment lines");
                }
            }
            assertEquals(in.governing().version(), s.contractVersion());
            negative += s.subtotal().signum() < 0 ? 1 : 0;
            capped += s.lines().stream().anyMatch(l -> PenaltyLine.CAP.equals(l.type())) ? 1 : 0;
            deposits += s.depositTotal().signum() != 0 ? 1 : 0;
        }
        // The generator reaches the interesting cases, or the test proves less than it says.
        assertTrue(negative > 20 && capped > 100 && deposits > 100, negative + " " + capped + " " + deposits);
    }

    /** Per-session fees with the same tiers give the same total however a cycle is cut into versions. */
    @Test
    void sessionTiersCountPerCycleWhereverTheVersionsChange() {
        Random rnd = new Random(7L);
        for (int run = 0; run < 500; run++) {
            Inputs one = Inputs.month("2026-11");
            Object[] tiers = {rnd.nextInt(1, 800), "0.90", 800 + rnd.nextInt(1, 2000), "0.80", null, "0.70"};
            Inputs whole = one.fees(Inputs.sessions(tiers));
            int cut = rnd.nextInt(2, 30);
            Inputs split = Inputs.month("2026-11")
                    .segment(1, Inputs.sessions(tiers), "2026-11-01", day(cut - 1))
                    .segment(2, Inputs.sessions(tiers), day(cut), "2026-11-30");
            for (int d = 1; d <= 30; d++) {
                KpiSums sums = Inputs.received(1, rnd.nextInt(0, 300));
                whole.daily(day(d), day(d), sums);
                split.daily(day(d), day(d), sums);
            }
            assertEquals(calculator.compute(whole.get()).feeTotal(), consistent(calculator.compute(split.get())).feeTotal());
        }
    }

    private static String day(int d) {
        return LocalDate.of(2026, 11, d).toString();
    }

    // ---- the generator

    /** The same contract and cycle with other figures, results and incidents: a recomputation after late uploads. */
    static StatementInput recomputed(StatementInput in, Random rnd) {
        TreeMap<LocalDate, KpiSums> days = new TreeMap<>();
        for (LocalDate d = in.from(); !d.isAfter(in.to()); d = d.plusDays(1)) {
            if (rnd.nextInt(10) > 0) {
                days.put(d, sums(rnd));
            }
        }
        List<WindowResult> results = new ArrayList<>(in.results());
        if (!results.isEmpty() && rnd.nextBoolean()) {
            results.remove(0);
        }
        return new StatementInput(in.cycle(), in.from(), in.to(), in.segments(), days, in.governing(), results,
                in.incidents(), in.temporaryAgents(), in.finalStatement());
    }

    static StatementInput input(Random rnd) {
        SettlementCycle kind = SettlementCycle.values()[rnd.nextInt(SettlementCycle.values().length)];
        Window cycle = SlaWindows.cycleOf(kind, LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(1100)));
        int length = cycle.days();
        LocalDate from = rnd.nextInt(4) == 0 ? cycle.start().plusDays(rnd.nextInt(length)) : cycle.start();
        LocalDate to = rnd.nextInt(4) == 0 ? from.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(from, cycle.end()) + 1))
                : cycle.end();
        List<FeeSegment> segments = segments(rnd, from, to);
        TreeMap<LocalDate, KpiSums> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (rnd.nextInt(10) > 0) {
                days.put(d, sums(rnd));
            }
        }
        StatementInput.Governing governing = new StatementInput.Governing(segments.get(segments.size() - 1).version(),
                Inputs.tax(String.valueOf(RATES[rnd.nextInt(RATES.length)]), rnd.nextBoolean()), penalties(rnd),
                fixed(rnd), deposit(rnd));
        List<WindowResult> results = new ArrayList<>();
        for (int i = rnd.nextInt(8); i > 0; i--) {
            results.add(result(rnd, kind, cycle));
        }
        List<StatementInput.IncidentCharge> incidents = new ArrayList<>();
        for (int i = rnd.nextInt(5); i > 0; i--) {
            incidents.add(new StatementInput.IncidentCharge(rnd.nextInt(1, 10_000), from.plusDays(rnd.nextInt(-5, length + 5)),
                    IncidentType.values()[rnd.nextInt(IncidentType.values().length)], money(rnd, 3000)));
        }
        List<StatementInput.TemporaryAgents> temps = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            LocalDate a = from.plusDays(rnd.nextInt(-10, length + 3));
            temps.add(new StatementInput.TemporaryAgents(i, a, a.plusDays(rnd.nextInt(15)), rnd.nextInt(0, 20), null));
        }
        return new StatementInput(cycle, from, to, segments, days, governing, results, incidents, temps,
                rnd.nextInt(3) == 0);
    }

    private static List<FeeSegment> segments(Random rnd, LocalDate from, LocalDate to) {
        List<FeeSegment> out = new ArrayList<>();
        int version = rnd.nextInt(1, 4);
        LocalDate start = from;
        while (!start.isAfter(to)) {
            long left = ChronoUnit.DAYS.between(start, to);
            LocalDate end = left == 0 || rnd.nextInt(3) > 0 ? to : start.plusDays(rnd.nextLong(left));
            out.add(new FeeSegment(version++, fees(rnd, start, end), start, end));
            start = end.plusDays(1);
        }
        return out;
    }

    private static Fees fees(Random rnd, LocalDate from, LocalDate to) {
        Fees f = Inputs.fees(FeeModel.values()[rnd.nextInt(FeeModel.values().length)]);
        f.setSeatPrice(money(rnd, 8000));
        f.setBasePerAgent(money(rnd, 3000));
        f.setHourlyRate(money(rnd, 60));
        f.setCommissionPercent(BigDecimal.valueOf(rnd.nextInt(0, 500), 2));
        f.setCommissionNetOfRefunds(rnd.nextBoolean());
        List<SessionTier> tiers = new ArrayList<>();
        int upTo = 0;
        for (int i = rnd.nextInt(4); i > 0; i--) {
            SessionTier t = new SessionTier();
            upTo += rnd.nextInt(1, 5000);
            t.setUpTo(i == 1 && rnd.nextBoolean() ? null : upTo);
            t.setPrice(money(rnd, 3));
            tiers.add(t);
        }
        f.setSessionTiers(tiers);
        if (rnd.nextBoolean()) {
            f.setContractedHoursPerAgent(BigDecimal.valueOf(rnd.nextInt(1000, 2200), 1));
            f.setOvertimeRate(money(rnd, 80));
        }
        List<Surcharge> surcharges = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            LocalDate a = from.plusDays(rnd.nextInt(-5, (int) ChronoUnit.DAYS.between(from, to) + 5));
            surcharges.add(Inputs.surcharge("大促" + i, a.toString(), a.plusDays(rnd.nextInt(20)).toString(),
                    String.valueOf(rnd.nextInt(0, 200))));
        }
        f.setSurcharges(surcharges);
        f.setTemporaryAgentDayRate(rnd.nextInt(4) == 0 ? null : money(rnd, 500));
        f.setMinimumMonthlyFee(rnd.nextBoolean() ? null : money(rnd, 100_000));
        return f;
    }

    private static KpiSums sums(Random rnd) {
        long received = rnd.nextInt(0, 3000);
        BigDecimal sales = money(rnd, 80_000);
        BigDecimal refunds = rnd.nextInt(5) == 0 ? money(rnd, 100_000) : money(rnd, 5_000);
        return new KpiSums(rnd.nextInt(0, 15), received, received, 0, 0, 0, 0, 0, sales, 0, refunds, 0, 0,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.valueOf(rnd.nextInt(0, 20_000), 1));
    }

    private static Penalties penalties(Random rnd) {
        Penalties p = new Penalties();
        List<PenaltyTier> tiers = new ArrayList<>();
        int over = 0;
        for (int i = rnd.nextInt(4); i > 0; i--) {
            PenaltyTier t = new PenaltyTier();
            t.setShortfallOverPercent(BigDecimal.valueOf(over));
            t.setFeePercent(BigDecimal.valueOf(rnd.nextInt(0, 10_000), 2));
            tiers.add(t);
            over += rnd.nextInt(1, 30);
        }
        p.setTiers(tiers);
        p.setCapPercent(rnd.nextBoolean() ? null : BigDecimal.valueOf(rnd.nextInt(0, 10_000), 2));
        return p;
    }

    private static Map<Integer, BigDecimal> fixed(Random rnd) {
        Map<Integer, BigDecimal> fixed = new HashMap<>();
        for (int target = 1; target <= 4; target++) {
            if (rnd.nextBoolean()) {
                fixed.put(target, money(rnd, 5000));
            }
        }
        return fixed;
    }

    private static Deposit deposit(Random rnd) {
        Deposit d = new Deposit();
        d.setKind(DepositKind.values()[rnd.nextInt(DepositKind.values().length)]);
        d.setDirection(DepositDirection.values()[rnd.nextInt(2)]);
        d.setAmount(money(rnd, 200_000));
        return d;
    }

    private static WindowResult result(Random rnd, SettlementCycle kind, Window cycle) {
        SlaWindow w = SlaWindow.values()[rnd.nextInt(SlaWindow.values().length)];
        Window window = SlaWindows.of(w, kind, cycle.start().plusDays(rnd.nextInt(-7, cycle.days() + 7)));
        boolean breached = rnd.nextInt(3) > 0;
        return new WindowResult(rnd.nextInt(1, 5), Metric.SATISFACTION_RATE, window, Comparator.GE,
                BigDecimal.valueOf(90), BigDecimal.valueOf(80), 100, 0, window.days(), 0,
                breached ? Outcome.BREACHED : rnd.nextBoolean() ? Outcome.MET : Outcome.NOT_JUDGED,
                breached ? BigDecimal.valueOf(rnd.nextInt(0, 6000), 2) : null);
    }

    /** Up to {@code max} yuan, to the fen. */
    private static BigDecimal money(Random rnd, int max) {
        return BigDecimal.valueOf(rnd.nextLong(0, max * 100L + 1), 2);
    }
}
