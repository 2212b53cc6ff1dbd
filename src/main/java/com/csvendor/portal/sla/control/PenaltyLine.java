package com.csvendor.portal.sla.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a cycle's penalties ({@link PenaltyCalculator}): a tiered % for a breached window, a
 * fixed amount for a breached window, a recorded incident (target 0, the cycle as window), missed
 * daily reports, a staffing shortfall or the
 * cap (a negative amount bringing the total down to it). Amounts are rounded to the fen; the
 * explanation is an i18n key formatted with {@code args}.
 */
public record PenaltyLine(int targetNo, Window window, String kind, BigDecimal amount, String explanationKey,
        List<Object> args) {

    public static final String TIER = "TIER";
    public static final String FIXED = "FIXED";
    public static final String INCIDENT = "INCIDENT";
    public static final String CAP = "CAP";
    public static final String MISSING_REPORTS = "MISSING_REPORTS";
    public static final String STAFFING_SHORTFALL = "STAFFING_SHORTFALL";

    public PenaltyLine {
        args = List.copyOf(args);
    }
}
