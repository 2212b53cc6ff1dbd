package com.csvendor.portal.settlement.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes one statement from a {@link StatementInput} (PRODUCT.md, "Settlement"), pure and
 * container-free. Lines, in this order:
 * <ol>
 * <li>FEE: per contract version segment, the {@code ServiceFeeCalculator} lines of its days (seats,
 * base, sessions, commission, hours, overtime, surcharges, minimum top-up), source
 * {@code kpi:<from>..<to> v<n>}. Graduated session tiers count per cycle: a later segment goes on
 * from the customers charged per session in the earlier ones.</li>
 * <li>FEE, type {@link #TEMPORARY_AGENTS}: per temporary agent record and segment, agents × days
 * inside the segment × that version's day rate, source {@code temporary_agents:<id>}. Added after the
 * service fee: the minimum top-up does not count them, nor do penalties.</li>
 * <li>PENALTY (negative): {@code PenaltyCalculator.cycle} under the governing version's clauses, as
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

    public StatementDraft compute(StatementInput in) {
        FeeSection fees = FeeSection.of(in);
        List<DraftLine> lines = new ArrayList<>(fees.lines());
        lines.addAll(TemporaryAgentLines.of(in));
        PenaltySection penalties = PenaltySection.of(in, fees.serviceFee());
        lines.addAll(penalties.lines());
        lines.addAll(DepositLines.of(in));
        StatementInput.Governing g = in.governing();
        return StatementTotals.of(g.version(), lines, penalties.cap(), g.tax().getVatRatePercent(),
                g.tax().isPricesIncludeTax(), in.finalStatement());
    }
}
