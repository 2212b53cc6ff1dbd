package com.csvendor.portal.sla.control;

import java.math.BigDecimal;
import java.util.List;

/** The lines of a service fee and their total: always exactly the sum of the (rounded) lines. */
public record FeeBreakdown(List<FeeLine> lines, BigDecimal total) {

    public FeeBreakdown {
        lines = List.copyOf(lines);
    }
}
