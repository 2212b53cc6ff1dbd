package com.csvendor.portal.settlement.control;

import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of a statement from its lines, the one place they are summed: feeTotal, penaltyTotal
 * and depositTotal are their sections' sums; subtotal = FEE + PENALTY + ADJUSTMENT lines (what VAT
 * applies to); the VAT split by {@link Vat}; amountDue = total + depositTotal (deposits are outside
 * VAT, offset after tax). Used for regular statements by {@link StatementCalculator} and for
 * adjustment statements by the caller (keep a reversed deposit line in the DEPOSIT section so it
 * stays outside VAT).
 */
public final class StatementTotals {

    private StatementTotals() {
    }

    /**
     * @param penaltyCap the cap on the cycle's penalties as a positive amount, or null when none is
     *        agreed (penaltyTotal ≥ −penaltyCap)
     */
    public static StatementDraft of(int contractVersion, List<DraftLine> lines, BigDecimal penaltyCap,
            BigDecimal vatRatePercent, boolean pricesIncludeTax, boolean finalStatement) {
        BigDecimal fee = sum(lines, LineSection.FEE);
        BigDecimal penalty = sum(lines, LineSection.PENALTY);
        BigDecimal deposit = sum(lines, LineSection.DEPOSIT);
        BigDecimal subtotal = fee.add(penalty).add(sum(lines, LineSection.ADJUSTMENT));
        Vat.Split vat = Vat.of(subtotal, vatRatePercent, pricesIncludeTax);
        return new StatementDraft(contractVersion, lines, fee, penalty, Money.fen(penaltyCap), subtotal,
                vatRatePercent, pricesIncludeTax, vat.net(), vat.tax(), vat.total(), deposit, vat.total().add(deposit),
                finalStatement);
    }

    /** The sum of a section's line amounts (0.00 when it has none). */
    public static BigDecimal sum(List<DraftLine> lines, LineSection section) {
        return lines.stream().filter(l -> l.section() == section).map(DraftLine::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
