package com.csvendor.portal.settlement.control;

import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An adjustment statement (RELIABILITY.md, "Money": an approved statement never changes): the cycle
 * recomputed now, every line of the original reversed, and any manual lines finance adds with a
 * reason. Reversals are ADJUSTMENT lines, except that a reversed deposit stays in DEPOSIT, outside
 * VAT like the deposit itself. Totals by {@link StatementTotals}, so VAT is the one rule applied to
 * the difference: with prices including tax the adjustment's total is exactly the recomputed total
 * − the original's (+ manual lines); with tax on top its tax may differ by a fen from the difference
 * of the two taxes, because tax is rounded once on the subtotal, never per document pair.
 */
public final class Adjustments {

    public static final String REVERSAL = "REVERSAL";
    public static final String MANUAL = "MANUAL";

    private Adjustments() {
    }

    /** A line of the original statement: its number there (from 1), section and amount. */
    public record Original(int no, LineSection section, BigDecimal amount) {

        public Original {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A line finance adds by hand: what it is, the amount (negative for a credit) and why. */
    public record Manual(String description, BigDecimal amount, String reason) {

        public Manual {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static StatementDraft of(StatementDraft recomputed, String originalNumber, List<Original> original,
            List<Manual> manual) {
        List<DraftLine> lines = new ArrayList<>(recomputed.lines());
        for (Original o : original) {
            BigDecimal amount = Money.fen(o.amount());
            lines.add(new DraftLine(o.section() == LineSection.DEPOSIT ? LineSection.DEPOSIT : LineSection.ADJUSTMENT,
                    REVERSAL, null, null, amount.negate(), "settlement.line.reversal",
                    List.of(o.no(), originalNumber, amount), "reverses:" + originalNumber + " line " + o.no()));
        }
        for (Manual m : manual) {
            lines.add(new DraftLine(LineSection.ADJUSTMENT, MANUAL, null, null, Money.fen(m.amount()),
                    "settlement.line.manual", List.of(m.description(), m.reason()), "manual"));
        }
        return StatementTotals.of(recomputed.contractVersion(), lines, recomputed.penaltyCap(),
                recomputed.vatRatePercent(), recomputed.pricesIncludeTax(), recomputed.finalStatement());
    }
}
