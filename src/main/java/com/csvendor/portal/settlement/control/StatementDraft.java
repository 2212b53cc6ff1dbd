package com.csvendor.portal.settlement.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed statement. Invariants (checked by the calculator's tests): feeTotal, penaltyTotal and
 * depositTotal are the sums of their sections' lines; subtotal = feeTotal + penaltyTotal (+ adjustment
 * lines); when prices include tax, net = fen(subtotal / (1 + rate)) and tax = subtotal − net, else
 * net = subtotal and tax = fen(subtotal × rate); total = net + tax (the amount invoiced);
 * amountDue = total + depositTotal (deposits are not VAT-able and are offset after tax).
 */
public record StatementDraft(int contractVersion, List<DraftLine> lines, BigDecimal feeTotal,
        BigDecimal penaltyTotal, BigDecimal penaltyCap, BigDecimal subtotal, BigDecimal vatRatePercent,
        boolean pricesIncludeTax, BigDecimal netAmount, BigDecimal taxAmount, BigDecimal total,
        BigDecimal depositTotal, BigDecimal amountDue, boolean finalStatement) {

    public StatementDraft {
        lines = List.copyOf(lines);
    }
}
