package com.csvendor.portal.sla.control;

import java.time.LocalDate;

/** Dates from start to end, both inclusive: a window cut to a contract's period. */
record Span(LocalDate start, LocalDate end) {

    static Span of(Window w, LocalDate periodStart, LocalDate periodEnd) {
        return new Span(w.start().isBefore(periodStart) ? periodStart : w.start(),
                w.end().isAfter(periodEnd) ? periodEnd : w.end());
    }

    boolean isEmpty() {
        return end.isBefore(start);
    }
}
