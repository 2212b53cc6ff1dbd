package com.csvendor.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The portal's one rounding policy for money (PRODUCT.md, "Settlement"): yuan with two decimals,
 * rounded HALF_UP to the fen. Every fee, penalty and statement line is rounded here, once, and
 * totals are sums of rounded lines so the lines always add up to them.
 */
public final class Money {

    /** Fen: two decimals of a yuan. */
    public static final int SCALE = 2;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** The amount rounded HALF_UP to the fen; {@code null} stays {@code null}. */
    public static BigDecimal fen(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
