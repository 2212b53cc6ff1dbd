package com.csvendor.portal.sla.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a service fee: what is charged ({@code type}), how much of it ({@code quantity}:
 * agent-days, customers, yuan of sales, hours…), at what {@code rate} (yuan, or percent for
 * commission and surcharges) and the amount, rounded to the fen. The explanation is an i18n key
 * formatted with {@code args} ({@code Messages.format(locale, explanationKey, args.toArray())}).
 */
public record FeeLine(String type, BigDecimal quantity, BigDecimal rate, BigDecimal amount, String explanationKey,
        List<Object> args) {

    public static final String SEAT = "SEAT";
    public static final String BASE = "BASE";
    public static final String SESSIONS = "SESSIONS";
    public static final String COMMISSION = "COMMISSION";
    public static final String HOURLY = "HOURLY";
    public static final String OVERTIME = "OVERTIME";
    public static final String SURCHARGE = "SURCHARGE";
    /** A promotion surcharge not earned on short staffing days: a negative amount. */
    public static final String SURCHARGE_WITHHELD = "SURCHARGE_WITHHELD";
    public static final String MINIMUM_TOP_UP = "MINIMUM_TOP_UP";

    public FeeLine {
        args = List.copyOf(args);
    }
}
