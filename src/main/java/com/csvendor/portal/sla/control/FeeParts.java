package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Cuts a period into what a contract's fees are computed from: one segment per contract version
 * in force (a version runs from its effective date to the day before the next one's, within the
 * contract's dates), each cut into parts within one calendar month with the KPI sums of the part.
 * A part that covers the whole of its month's share of the period takes the month's sums as read
 * from the rollups; a part cut short by a version or a contract boundary inside a month asks for
 * its own days' sums (rare: amendments and contracts mostly start on the 1st).
 */
public final class FeeParts {

    private FeeParts() {
    }

    /** A version's effective date and what stands for its terms. */
    public record Version<T>(LocalDate effectiveFrom, T terms) {
    }

    /** The days of the period one version is in force. */
    public record Segment<T>(T terms, LocalDate from, LocalDate to) {
    }

    /** Days within one calendar month, with their sums. */
    public record Part(LocalDate from, LocalDate to, KpiSums sums) {
    }

    /** The versions' segments inside both the contract's dates and the period, in date order. */
    public static <T> List<Segment<T>> segments(List<Version<T>> versions, LocalDate contractStart,
            LocalDate contractEnd, LocalDate from, LocalDate to) {
        List<Segment<T>> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            LocalDate start = latest(versions.get(i).effectiveFrom(), contractStart, from);
            LocalDate nextStart = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : null;
            LocalDate end = earliest(nextStart == null ? contractEnd : nextStart.minusDays(1), contractEnd, to);
            if (!start.isAfter(end)) {
                out.add(new Segment<>(versions.get(i).terms(), start, end));
            }
        }
        return out;
    }

    /**
     * The month parts of a segment. {@code months} holds the sums of each calendar month's share of
     * the period (keyed by the month's first day; a month without figures may be absent);
     * {@code between} gives the sums of any other range of days.
     */
    public static List<Part> parts(Segment<?> segment, LocalDate periodFrom, LocalDate periodTo,
            Map<LocalDate, KpiSums> months, BiFunction<LocalDate, LocalDate, KpiSums> between) {
        List<Part> out = new ArrayList<>();
        for (LocalDate month = segment.from().withDayOfMonth(1); !month.isAfter(segment.to());
                month = month.plusMonths(1)) {
            LocalDate monthEnd = month.plusMonths(1).minusDays(1);
            LocalDate from = latest(month, segment.from());
            LocalDate to = earliest(monthEnd, segment.to());
            boolean wholeShare = from.equals(latest(month, periodFrom)) && to.equals(earliest(monthEnd, periodTo));
            KpiSums sums = wholeShare ? months.getOrDefault(month, KpiSums.ZERO) : between.apply(from, to);
            out.add(new Part(from, to, sums));
        }
        return out;
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate d = first;
        for (LocalDate o : others) {
            d = o.isAfter(d) ? o : d;
        }
        return d;
    }

    private static LocalDate earliest(LocalDate first, LocalDate... others) {
        LocalDate d = first;
        for (LocalDate o : others) {
            d = o.isBefore(d) ? o : d;
        }
        return d;
    }
}
