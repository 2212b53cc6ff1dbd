package com.csvendor.portal.kpi.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as exports write them: {@code 90}, {@code 12.5}, {@code 12.5s}, {@code 90秒},
 * {@code 2分}, {@code 1分30秒}, {@code 1小时2分3秒}, {@code 00:01:30}, {@code 01:30}. Two colon
 * parts are minutes and seconds for a response time ({@code 01:30} is 90 s) but hours and
 * minutes for online hours ({@code 08:30} is 8.5 h), as each is shown in the back offices.
 */
final class DurationText {

    static final BigDecimal MAX_SECONDS = new BigDecimal("999999");
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MINUTE = BigDecimal.valueOf(60);
    private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);

    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern UNITS = Pattern.compile("(?:" + N + "(?:小时|时|hours|hour|hrs|hr|h))?"
            + "(?:" + N + "(?:分钟|分|minutes|minute|mins|min|m))?"
            + "(?:" + N + "(?:秒钟|秒|seconds|second|secs|sec|s))?");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):([0-5]?\\d)(?::([0-5]?\\d(?:\\.\\d+)?))?");
    private static final Pattern PLAIN = Pattern.compile(N);

    private DurationText() {
    }

    static BigDecimal seconds(String cleaned) throws BadCell {
        BigDecimal plain = NumberText.plain(cleaned);
        BigDecimal seconds = plain != null ? plain : parse(cleaned, false);
        NumberText.atMost(seconds, MAX_SECONDS);
        return seconds;
    }

    /** Hours 0–24, rounded to 2 decimals (7小时50分 is 7.83 h). */
    static BigDecimal hours(String cleaned) throws BadCell {
        BigDecimal hours = NumberText.plain(cleaned);
        if (hours == null) {
            String s = normalized(cleaned);
            hours = PLAIN.matcher(s).matches() ? new BigDecimal(s)
                    : parse(cleaned, true).divide(HOUR, 2, RoundingMode.HALF_UP);
        }
        if (hours.compareTo(DAY_HOURS) > 0) {
            throw new BadCell("kpi.value.hoursRange");
        }
        return hours.scale() > 2 ? hours.setScale(2, RoundingMode.HALF_UP) : hours;
    }

    private static BigDecimal parse(String cleaned, boolean clockStartsWithHours) throws BadCell {
        String s = normalized(cleaned);
        if (s.startsWith("-") && s.length() > 1) {
            throw new BadCell("kpi.value.negative");
        }
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        Matcher clock = CLOCK.matcher(s);
        if (clock.matches()) {
            BigDecimal first = new BigDecimal(clock.group(1));
            BigDecimal second = new BigDecimal(clock.group(2));
            if (clock.group(3) != null) {
                return first.multiply(HOUR).add(second.multiply(MINUTE)).add(new BigDecimal(clock.group(3)));
            }
            return clockStartsWithHours ? first.multiply(HOUR).add(second.multiply(MINUTE)) : first.multiply(MINUTE).add(second);
        }
        Matcher units = UNITS.matcher(s);
        if (!s.isEmpty() && units.matches()) {
            return part(units.group(1), HOUR).add(part(units.group(2), MINUTE)).add(part(units.group(3), BigDecimal.ONE));
        }
        throw new BadCell("kpi.value.notDuration");
    }

    private static String normalized(String cleaned) {
        return Cells.ascii(cleaned).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static BigDecimal part(String number, BigDecimal unit) {
        return number == null ? BigDecimal.ZERO : new BigDecimal(number).multiply(unit);
    }
}
