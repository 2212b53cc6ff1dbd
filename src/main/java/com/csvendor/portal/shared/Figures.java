package com.csvendor.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money and rates as people read them, the same on every page, PDF and line built in code, in both
 * languages: ¥1,234.50, −¥80.00 (a minus sign before the yuan sign), thousands grouped with commas;
 * a rate as "6 %". Amounts are rounded to the fen by {@link Money#fen}, the one rounding rule; a unit
 * price a contract agrees below the fen (¥0.125 per customer) is shown as agreed with {@link #price}.
 * "—" stands for no figure: missing is not zero.
 */
public final class Figures {

    public static final String NONE = "—";

    private Figures() {
    }

    /** ¥1,234.50; −¥80.00; "—" for none. */
    public static String money(BigDecimal amount) {
        return amount == null ? NONE : yuan(Money.fen(amount), "#,##0.00");
    }

    /** A unit price as agreed: two decimals at least, four at most (¥0.70, ¥0.125); "—" for none. */
    public static String price(BigDecimal amount) {
        return amount == null ? NONE : yuan(amount, "#,##0.00##");
    }

    /** 6 %, 5.37 %, without trailing zeros; "—" for none. */
    public static String percent(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString() + " %";
    }

    private static String yuan(BigDecimal amount, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(amount.abs());
        boolean negative = amount.signum() < 0 && !digits.matches("[0.,]+");
        return (negative ? "−¥" : "¥") + digits;
    }
}
