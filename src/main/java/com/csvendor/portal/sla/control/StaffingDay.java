package com.csvendor.portal.sla.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One service day of a contract in the staffing reconciliation ({@link StaffingReconciliation}).
 *
 * @param committed the agents committed that day: the shifts starting that day, raised to the promotion
 *        commitment on its days, plus accepted staffing requests
 * @param committedHours the agent-hours of the shifts starting that day (Σ headcount × shift length); a
 *        promotion or a request adds agents, not hours
 * @param promotion the name of the promotion commitment of the day, or null
 * @param present the agents with KPI rows that day, or null when the day has no rows at all (not judged)
 * @param onlineHours the online hours those rows report, or null when none reports them
 * @param waived whether an upheld dispute waived the day's shortfall
 * @param pending the day's daily report is not due yet ({@link ReportLedger#due}): the day may not be
 *        complete, so it is not judged yet
 * @param fine the fine per missing agent-day of the version in force that day, or null when none is agreed
 * @param withholdSurcharge whether that version withholds a promotion surcharge on a short promotion day
 */
public record StaffingDay(LocalDate day, int committed, BigDecimal committedHours, String promotion, Integer present,
        BigDecimal onlineHours, boolean waived, boolean pending, BigDecimal fine, boolean withholdSurcharge) {

    /** Judged: something was committed, the day's report is due and the day has KPI rows. */
    public boolean judged() {
        return committed > 0 && present != null && !pending;
    }

    /** Agents missing on a judged day (0 when enough were present); null when not judged. */
    public Integer missing() {
        return judged() ? Math.max(0, committed - present) : null;
    }

    /** Judged, short of the committed agents and not waived: what the money counts. */
    public boolean isShort() {
        return judged() && committed > present && !waived;
    }

    /** A short promotion day whose version withholds the promotion surcharge. */
    public boolean surchargeWithheld() {
        return isShort() && promotion != null && withholdSurcharge;
    }
}
