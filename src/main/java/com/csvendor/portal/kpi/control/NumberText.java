package com.csvendor.portal.kpi.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Counts, money and rates as exports write them: {@code 1,234}, {@code ¥1,234.50}, {@code ￥88},
 * {@code 1234.5元}, {@code 99.71%}, {@code 99.71％}. Thousands separators must group by three —
 * {@code 1,23} is refused, not guessed. A rate is read here as the number written, 0–100 (the
 * workbook cell 0.9971 formatted as a percent reads {@code 99.71%}); whether a bare value is a
 * percentage or a fraction is decided for its whole column by {@link RateUnits}.
 */
final class NumberText {

    static final BigDecimal MAX_COUNT = new BigDecimal("999999999");
    static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");

    private NumberText() {
    }

    static long count(String cleaned) throws BadCell {
        long digits = digits(cleaned);
        if (digits >= 0) {
            if (digits > MAX_COUNT.longValue()) {
                throw new BadCell("kpi.value.tooLarge", MAX_COUNT);
            }
            return digits;
        }
        BigDecimal n = number(cleaned);
        nonNegative(n);
        if (n.stripTrailingZeros().scale() > 0) {
            throw new BadCell("kpi.value.notWholeNumber");
        }
        atMost(n, MAX_COUNT);
        return n.longValueExact();
    }

    static BigDecimal money(String cleaned) throws BadCell {
        BigDecimal plain = plain(cleaned);
        String s = plain != null ? null : Cells.ascii(cleaned).replace(" ", "");
        for (String prefix : s == null ? new String[0] : new String[] {"¥", "RMB", "CNY", "rmb", "cny"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        if (s != null && s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal n = plain != null ? plain : number(s);
        nonNegative(n);
        if (n.scale() > 2 && n.stripTrailingZeros().scale() > 2) {
            throw new BadCell("kpi.value.tooManyDecimals", 2);
        }
        atMost(n, MAX_MONEY);
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** A percentage 0–100, kept as reported (the % sign dropped). */
    static BigDecimal rate(String cleaned) throws BadCell {
        BigDecimal n = plain(cleaned);
        if (n == null) {
            String s = Cells.ascii(cleaned).replace(" ", "");
            if (s.endsWith("%")) {
                s = s.substring(0, s.length() - 1);
            }
            n = number(s);
        }
        if (n.signum() < 0 || n.compareTo(HUNDRED) > 0) {
            throw new BadCell("kpi.value.rateRange");
        }
        return n;
    }

    /** A plain decimal number; full-width digits allowed, nothing else. */
    static BigDecimal number(String cleaned) throws BadCell {
        BigDecimal plain = plain(cleaned);
        if (plain != null) {
            return plain;
        }
        String s = Cells.ascii(cleaned).replace(" ", "");
        if (!NUMBER.matcher(s).matches()) {
            throw new BadCell("kpi.value.notNumber");
        }
        return new BigDecimal(s.replace(",", "").replace("+", ""));
    }

    /**
     * The common case without a pattern: ASCII digits, optionally a point and more digits, at most
     * 18 digits in all — the same value (and scale) as {@code new BigDecimal(s)}; {@code null} for
     * anything else, which the full rules then read.
     */
    static BigDecimal plain(String s) {
        int length = s.length();
        if (length == 0 || length > 19) {
            return null;
        }
        long unscaled = 0;
        int point = -1;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0 && i > 0 && i < length - 1) {
                point = i;
            } else {
                return null;
            }
        }
        if (point < 0 ? length > 18 : length > 19) {
            return null;
        }
        return BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - point - 1);
    }

    /** A whole number of ASCII digits only (at most 18), or -1. */
    static long digits(String s) {
        int length = s.length();
        if (length == 0 || length > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static void nonNegative(BigDecimal n) throws BadCell {
        if (n.signum() < 0) {
            throw new BadCell("kpi.value.negative");
        }
    }

    static void atMost(BigDecimal n, BigDecimal max) throws BadCell {
        if (n.compareTo(max) > 0) {
            throw new BadCell("kpi.value.tooLarge", max);
        }
    }
}
