package com.csvendor.portal.settlement.control;

import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The one VAT split of the portal (PRODUCT.md, "Settlement"; RELIABILITY.md, "Money"). Prices that
 * include tax: net = fen(gross / (1 + r)), tax = gross − net. Prices without tax: tax = fen(net × r),
 * total = net + tax. Either way net + tax = total exactly, for negative amounts too (a credit note,
 * penalties above the fees): {@link Money#fen} rounds half away from zero, so a credit splits as the
 * mirror image of the charge.
 */
public final class Vat {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Vat() {
    }

    /** An amount split into net and tax; {@code net + tax = total}. */
    public record Split(BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    /** Splits an amount priced as the contract says: tax included or on top. */
    public static Split of(BigDecimal amount, BigDecimal ratePercent, boolean pricesIncludeTax) {
        return pricesIncludeTax ? inclusive(amount, ratePercent) : exclusive(amount, ratePercent);
    }

    /** A tax-inclusive gross amount split into net and tax. */
    public static Split inclusive(BigDecimal gross, BigDecimal ratePercent) {
        BigDecimal g = Money.fen(Objects.requireNonNull(gross, "gross"));
        // gross × 100 / (100 + r): 34 significant digits cannot land on a false half-fen for rates of
        // two decimals, so rounding the quotient once more to the fen is exact HALF_UP.
        BigDecimal net = Money.fen(g.multiply(HUNDRED).divide(HUNDRED.add(rate(ratePercent)), MathContext.DECIMAL128));
        return new Split(net, g.subtract(net), g);
    }

    /** A net amount with the tax on top. */
    public static Split exclusive(BigDecimal net, BigDecimal ratePercent) {
        BigDecimal n = Money.fen(Objects.requireNonNull(net, "net"));
        BigDecimal tax = Money.fen(n.multiply(rate(ratePercent)).divide(HUNDRED, MathContext.DECIMAL128));
        return new Split(n, tax, n.add(tax));
    }

    private static BigDecimal rate(BigDecimal ratePercent) {
        BigDecimal r = Objects.requireNonNull(ratePercent, "ratePercent");
        if (r.signum() < 0) {
            throw new IllegalArgumentException("VAT rate " + r + " % is negative");
        }
        return r;
    }
}
