package com.csvendor.portal.kpi.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business dates as exports write them: {@code 2026-11-03}, {@code 2026/11/3}, {@code 2026.11.03},
 * {@code 20261103}, {@code 2026年11月3日}, each optionally followed by a time
 * ({@code 2026-11-03 00:00:00}, ISO {@code 2026-11-03T00:00:00Z}), which is ignored. A five-digit number is an Excel
 * serial date (a workbook date column saved as General, then as CSV), accepted for 1990–2099.
 * Day-first or month-first forms ({@code 3/11/2026}) are ambiguous and refused.
 */
final class DateText {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ t]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate SERIAL_FROM = LocalDate.of(1990, 1, 1);
    private static final LocalDate SERIAL_TO = LocalDate.of(2099, 12, 31);

    private DateText() {
    }

    /** {@code yyyy-MM-dd} exactly, the form of most files: read without a pattern. */
    private static boolean isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    static LocalDate parse(String cleaned) throws BadCell {
        if (isoDate(cleaned)) {
            try {
                return LocalDate.of(digits(cleaned, 0, 4), digits(cleaned, 5, 7), digits(cleaned, 8, 10));
            } catch (DateTimeException e) {
                throw new BadCell("kpi.value.notDate");
            }
        }
        String s = Cells.ascii(cleaned).toLowerCase(java.util.Locale.ROOT);
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches() || (m = COMPACT.matcher(s)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            throw new BadCell("kpi.value.notDate");
        }
        if (SERIAL.matcher(s).matches()) {
            LocalDate date = EXCEL_EPOCH.plusDays(Long.parseLong(s.substring(0, 5)));
            if (!date.isBefore(SERIAL_FROM) && !date.isAfter(SERIAL_TO)) {
                return date;
            }
        }
        throw new BadCell("kpi.value.notDate");
    }
}
