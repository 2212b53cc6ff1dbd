package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.Surcharge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits days in service into the {@link MonthPart}s {@link ServiceFeeCalculator} expects: a new part
 * at every first of a month and wherever a promotion surcharge starts or ends, so that each part
 * lies in one month and is wholly inside or outside every surcharge (surcharges are then exact,
 * not pro rata by days). Each part carries the sums of its days.
 */
public final class MonthParts {

    private MonthParts() {
    }

    /**
     * The parts of [from, to] (the days in service of a cycle or a window, already clipped to the
     * contract version's period) with the sums of the given days that fall in each.
     */
    public static List<MonthPart> split(Fees fees, LocalDate from, LocalDate to, KpiDays days) {
        return split(fees, from, to, days, Set.of());
    }

    /**
     * As {@link #split(Fees, LocalDate, LocalDate, KpiDays)}, each of {@code alone} (days whose
     * surcharge is withheld) also a part of its own.
     */
    public static List<MonthPart> split(Fees fees, LocalDate from, LocalDate to, KpiDays days, Set<LocalDate> alone) {
        List<MonthPart> parts = new ArrayList<>();
        if (to.isBefore(from)) {
            return parts;
        }
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (LocalDate first = from.withDayOfMonth(1).plusMonths(1); !first.isAfter(to); first = first.plusMonths(1)) {
            starts.add(first);
        }
        for (Surcharge s : fees.getSurcharges()) {
            starts.add(s.getFrom());
            starts.add(s.getTo().plusDays(1));
        }
        for (LocalDate d : alone) {
            starts.add(d);
            starts.add(d.plusDays(1));
        }
        LocalDate start = from;
        for (LocalDate next : starts.subSet(from, false, to, true)) {
            parts.add(part(start, next.minusDays(1), days));
            start = next;
        }
        parts.add(part(start, to, days));
        return parts;
    }

    private static MonthPart part(LocalDate from, LocalDate to, KpiDays days) {
        return new MonthPart(from, to, days.between(from, to));
    }
}
