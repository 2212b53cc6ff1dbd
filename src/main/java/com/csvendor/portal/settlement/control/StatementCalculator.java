package com.csvendor.portal.settlement.control;

import com.csvendor.portal.sla.control.CycleCalculator;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes one statement from a {@link StatementInput} (PRODUCT.md, "Settlement"), pure and
 * container-free. Lines, in this order:
 * <ol>
 * <li>FEE: the cycle's service fee as {@link CycleCalculator} computes it for the SLA cycles, the
 * comparison and the cost targets too — per contract version segment, the lines of its days (seats,
 * base, sessions, commission, hours, overtime, surcharges, minimum top-up), source
 * {@code kpi:<from>..<to> v<n>}. Graduated session tiers count per cycle: a later segment goes on
 * from the customers charged per session in the earlier ones.</li>
 * <li>FEE, type {@link #TEMPORARY_AGENTS}: per temporary agent record and segment, agents × days
 * inside the segment × that version's day rate, source {@code temporary_agents:<id>}. Added after the
 * service fee: the minimum top-up does not count them, nor do penalties.</li>
 * <li>PENALTY (negative): the cycle's penalties ({@link CycleCalculator}) under the governing version's clauses, as
 * a share of the cycle's service fee (the fee lines without temporary agents — the same fee the SLA
 * pages show for the cycle); tier and fixed lines name their SLA result
 * ({@code sla_result:<window start> target <n>}), incident lines their incident
 * ({@code incident:<id>}); a CAP line (positive) credits back what exceeds the cap.</li>
 * <li>DEPOSIT, final statement only: the deposit offset after tax — a deposit the store paid is
 * credited against what it owes (−), a vendor's bond is returned (+). Forfeiting or doubling 定金
 * on a breach is never automatic: finance makes an adjustment statement for it.</li>
 * </ol>
 * Totals by {@link StatementTotals}. Lines that are not a quantity × a rate (penalty tiers, the cap,
 * deposits) have a null quantity and rate.
 */
public final class StatementCalculator {

    public static final String TEMPORARY_AGENTS = "TEMPORARY_AGENTS";
    public static final String DEPOSIT_EARNEST = "DEPOSIT_EARNEST";
    public static final String DEPOSIT_ADVANCE = "DEPOSIT_ADVANCE";

    private final CycleCalculator cycles = new CycleCalculator();

    public StatementDraft compute(StatementInput in) {
        CycleCalculator.CycleMoney money = cycles.money(in.cycleInput());
        StatementInput.Governing g = in.governing();
        List<DraftLine> lines = new ArrayList<>(CycleLines.fees(money.fees()));
        lines.addAll(TemporaryAgentLines.of(in));
        lines.addAll(CycleLines.penalties(money.penalties().lines(), in.cycleIncidents(), g.version()));
        lines.addAll(DepositLines.of(in));
        return StatementTotals.of(g.version(), lines, money.penalties().cap(), g.tax().getVatRatePercent(),
                g.tax().isPricesIncludeTax(), in.finalStatement());
    }
}
