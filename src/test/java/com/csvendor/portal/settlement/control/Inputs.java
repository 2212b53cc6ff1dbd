package com.csvendor.portal.settlement.control;

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
import com.csvendor.portal.contract.entity.TaxTerms;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.control.FeeSegment;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.control.SlaWindows;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A readable builder of statement inputs for the tests: a month, one version, 6 % VAT included, no penalties. */
final class Inputs {

    private Window cycle;
    private LocalDate from;
    private LocalDate to;
    private final List<FeeSegment> segments = new ArrayList<>();
    private final TreeMap<LocalDate, KpiSums> days = new TreeMap<>();
    private int version = 1;
    private TaxTerms tax = tax("6", true);
    private Penalties penalties = new Penalties();
    private final Map<Integer, BigDecimal> fixed = new HashMap<>();
    private Deposit deposit = new Deposit();
    private final List<WindowResult> results = new ArrayList<>();
    private final List<StatementInput.IncidentCharge> incidents = new ArrayList<>();
    private final List<StatementInput.TemporaryAgents> temporaryAgents = new ArrayList<>();
    private boolean finalStatement;

    static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** The monthly cycle of the month ("2026-11"), all of its days in service. */
    static Inputs month(String month) {
        return cycle(SettlementCycle.MONTHLY, d(month + "-01"));
    }

    static Inputs cycle(SettlementCycle kind, LocalDate day) {
        Inputs in = new Inputs();
        in.cycle = SlaWindows.cycleOf(kind, day);
        in.from = in.cycle.start();
        in.to = in.cycle.end();
        return in;
    }

    /** The contract's period cuts the cycle to [from, to]. */
    Inputs clipped(String from, String to) {
        this.from = d(from);
        this.to = d(to);
        return this;
    }

    /** One version in force on all the statement's days. */
    Inputs fees(Fees fees) {
        segments.add(new FeeSegment(1, fees, from, to));
        return this;
    }

    Inputs segment(int version, Fees fees, String from, String to) {
        segments.add(new FeeSegment(version, fees, d(from), d(to)));
        this.version = version;
        return this;
    }

    /** The same sums on every day from–to. */
    Inputs daily(String from, String to, KpiSums sums) {
        for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
            days.put(day, sums);
        }
        return this;
    }

    Inputs everyDay(KpiSums sums) {
        return daily(from.toString(), to.toString(), sums);
    }

    Inputs tax(TaxTerms tax) {
        this.tax = tax;
        return this;
    }

    Inputs penalties(Penalties penalties) {
        this.penalties = penalties;
        return this;
    }

    Inputs fixedPerBreach(int target, String amount) {
        fixed.put(target, m(amount));
        return this;
    }

    Inputs result(WindowResult r) {
        results.add(r);
        return this;
    }

    Inputs incident(long id, String on, IncidentType type, String amount) {
        incidents.add(new StatementInput.IncidentCharge(id, d(on), type, m(amount)));
        return this;
    }

    Inputs temporaryAgents(long id, String from, String to, int agents) {
        temporaryAgents.add(new StatementInput.TemporaryAgents(id, d(from), d(to), agents, "promotion"));
        return this;
    }

    Inputs deposit(DepositKind kind, DepositDirection direction, String amount) {
        deposit = new Deposit();
        deposit.setKind(kind);
        deposit.setDirection(direction);
        deposit.setAmount(m(amount));
        return this;
    }

    Inputs finalStatement() {
        finalStatement = true;
        return this;
    }

    StatementInput get() {
        return new StatementInput(cycle, from, to, segments, days,
                new StatementInput.Governing(version, tax, penalties, fixed, deposit), results, incidents,
                temporaryAgents, finalStatement);
    }

    // ---- terms

    static TaxTerms tax(String ratePercent, boolean inclusive) {
        TaxTerms t = new TaxTerms();
        t.setVatRatePercent(m(ratePercent));
        t.setPricesIncludeTax(inclusive);
        return t;
    }

    static Fees fees(FeeModel model) {
        Fees f = new Fees();
        f.setModel(model);
        return f;
    }

    static Fees seats(String price) {
        Fees f = fees(FeeModel.SEAT_MONTHLY);
        f.setSeatPrice(m(price));
        return f;
    }

    /** Per-session prices: pairs of (up to, price), the last pair's "up to" null. */
    static Fees sessions(Object... upToAndPrice) {
        Fees f = fees(FeeModel.PER_SESSION);
        List<SessionTier> tiers = new ArrayList<>();
        for (int i = 0; i < upToAndPrice.length; i += 2) {
            SessionTier t = new SessionTier();
            t.setUpTo((Integer) upToAndPrice[i]);
            t.setPrice(m((String) upToAndPrice[i + 1]));
            tiers.add(t);
        }
        f.setSessionTiers(tiers);
        return f;
    }

    static Surcharge surcharge(String name, String from, String to, String uplift) {
        Surcharge s = new Surcharge();
        s.setName(name);
        s.setFrom(d(from));
        s.setTo(d(to));
        s.setUpliftPercent(m(uplift));
        return s;
    }

    /** Penalty tiers as pairs (shortfall over %, fee %), and a cap % (null: none). */
    static Penalties penaltyTiers(String capPercent, String... overAndFee) {
        Penalties p = new Penalties();
        List<PenaltyTier> tiers = new ArrayList<>();
        for (int i = 0; i < overAndFee.length; i += 2) {
            PenaltyTier t = new PenaltyTier();
            t.setShortfallOverPercent(m(overAndFee[i]));
            t.setFeePercent(m(overAndFee[i + 1]));
            tiers.add(t);
        }
        p.setTiers(tiers);
        p.setCapPercent(capPercent == null ? null : m(capPercent));
        return p;
    }

    static WindowResult breach(int target, SlaWindow kind, String start, String end, String shortfall) {
        Window w = new Window(kind, d(start), d(end));
        return new WindowResult(target, Metric.SATISFACTION_RATE, w, Comparator.GE, m("90"), m("80"), 100, 0, w.days(),
                0, Outcome.BREACHED, m(shortfall));
    }

    static WindowResult met(int target, SlaWindow kind, String start, String end) {
        Window w = new Window(kind, d(start), d(end));
        return new WindowResult(target, Metric.SATISFACTION_RATE, w, Comparator.GE, m("90"), m("95"), 100, 0, w.days(),
                0, Outcome.MET, null);
    }

    // ---- day sums

    static KpiSums agents(long agentDays) {
        return sums(agentDays, 0, "0", "0", "0");
    }

    static KpiSums received(long agentDays, long received) {
        return sums(agentDays, received, "0", "0", "0");
    }

    static KpiSums sums(long agentDays, long received, String sales, String refunds, String hours) {
        return new KpiSums(agentDays, received, received, 0, 0, 0, 0, 0, m(sales), 0, m(refunds), 0, 0,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, m(hours));
    }
}
