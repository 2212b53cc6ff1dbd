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
 * Measured figures (a KPI, a score) read with a fixed number of decimals and grouped thousands:
 * a rate "93.36 %" ({@link #rate}), "1,234.5 s" ({@link #seconds}), "12,345" ({@link #count}).
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

    /** A measured rate in percent, to two decimals, grouped: "93.36 %", "100.00 %"; "—" for none. */
    public static String rate(BigDecimal percent) {
        return percent == null ? NONE : number(percent, 2) + " %";
    }

    /** A time in seconds, to one decimal, grouped: "12.5 s", "1,234.0 s"; "—" for none. */
    public static String seconds(BigDecimal seconds) {
        return seconds == null ? NONE : number(seconds, 1) + " s";
    }

    /** A count, grouped: "12,345"; "—" for none. */
    public static String count(Long count) {
        return count == null ? NONE : number(BigDecimal.valueOf(count), 0);
    }

    /** A plain figure with exactly these decimals (HALF_UP), grouped: "1,234.57"; "—" for none. */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return NONE;
        }
        return signed(value, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), "");
    }

    private static String yuan(BigDecimal amount, String pattern) {
        return signed(amount, pattern, "¥");
    }

    /** A minus sign before the unit, and none before a figure that rounds to zero. */
    private static String signed(BigDecimal value, String pattern, String unit) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(value.abs());
        boolean negative = value.signum() < 0 && !digits.matches("[0.,]+");
        return (negative ? "−" : "") + unit + digits;
    }
}
