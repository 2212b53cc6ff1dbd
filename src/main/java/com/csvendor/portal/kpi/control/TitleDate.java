package com.csvendor.portal.kpi.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business date of a one-day export that has no date column: platforms' per-day exports write
 * it in a title line above the header ({@code 日期：2026-11-20}, {@code 统计日期 2026-11-20},
 * {@code 2026-11-20 客服绩效}). The title lines must name exactly one date (a range from a day to
 * the same day counts as one); none or several, and there is no date to give the rows.
 */
final class TitleDate {

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))(?!\\d)");

    private TitleDate() {
    }

    /** The distinct dates written in the title lines, in order. */
    static Set<LocalDate> in(List<RawRow> titleLines) {
        Set<LocalDate> dates = new TreeSet<>();
        for (RawRow row : titleLines) {
            for (String cell : row.cells()) {
                Matcher m = DATE.matcher(Cells.ascii(Cells.clean(cell)));
                while (m.find()) {
                    date(m, dates);
                }
            }
        }
        return dates;
    }

    private static void date(Matcher m, Set<LocalDate> dates) {
        int year = Integer.parseInt(m.group(1));
        boolean separated = m.group(2) != null;
        if (year < 2000 || year > 2099) {
            return;
        }
        try {
            dates.add(LocalDate.of(year, Integer.parseInt(separated ? m.group(2) : m.group(4)),
                    Integer.parseInt(separated ? m.group(3) : m.group(5))));
        } catch (DateTimeException notADate) {
            // eight digits that are not a date (an order number, a phone number): not a title date
        }
    }
}
