package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.SlaWindow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One full window a target is judged over, or a settlement cycle: business dates from start to end,
 * both inclusive. Windows are whole calendar units (see {@link SlaWindows}), never clipped to a
 * contract's period: days outside it simply have no figures.
 */
public record Window(SlaWindow kind, LocalDate start, LocalDate end) {

    public Window {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends " + end + " before it starts " + start);
        }
    }

    /** Calendar days from start to end, both counted. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the window and [from, to] share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }

    /** Days this window shares with [from, to] (0 when none). */
    public int overlapDays(LocalDate from, LocalDate to) {
        LocalDate a = start.isAfter(from) ? start : from;
        LocalDate b = end.isBefore(to) ? end : to;
        return b.isBefore(a) ? 0 : (int) ChronoUnit.DAYS.between(a, b) + 1;
    }
}
