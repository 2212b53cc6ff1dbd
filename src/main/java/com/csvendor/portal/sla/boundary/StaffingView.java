package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.control.StaffingDay;
import com.csvendor.portal.sla.control.StaffingReconciliation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's staffing reconciliation over a period: each service day in force with the agents
 * committed and present, and the staffing kept over the judged days ({@code keptPercent} null when
 * none was judged).
 */
public record StaffingView(long contractId, String contractNumber, long storeId, String storeName, long vendorId,
        String vendorName, LocalDate from, LocalDate to, long committedAgentDays, long keptAgentDays,
        BigDecimal keptPercent, int shortDays, List<Day> days) implements Serializable {

    /**
     * One service day: agents committed (shifts, the promotion commitment on its days, accepted
     * requests), the shifts' agent-hours, the promotion's name (null for none), the agents present and
     * their online hours (null: no KPI rows that day, not judged; no hours reported), whether the day is
     * pending (its daily report is not due yet, so it is not judged yet, whatever its rows show), the
     * agents missing (null when not judged), whether the day is short (judged, fewer present than committed,
     * not waived), whether its promotion surcharge is withheld, and whether an upheld dispute waived
     * its shortfall (then it is not short).
     */
    public record Day(LocalDate date, int committed, BigDecimal committedHours, String promotion, Integer present,
            BigDecimal onlineHours, Integer missing, boolean judged, boolean pending, boolean shortfall,
            boolean surchargeWithheld, boolean waived) implements Serializable {

        static Day of(StaffingDay d) {
            return new Day(d.day(), d.committed(), d.committedHours(), d.promotion(), d.present(), d.onlineHours(),
                    d.missing(), d.judged(), d.pending() && d.committed() > 0, d.isShort(), d.surchargeWithheld(),
                    d.waived() && d.judged() && d.committed() > d.present());
        }
    }

    public StaffingView {
        days = List.copyOf(days);
    }

    static StaffingView of(com.csvendor.portal.contract.entity.Contract c, LocalDate from, LocalDate to,
            List<StaffingDay> days) {
        StaffingReconciliation.Kept kept = StaffingReconciliation.kept(days);
        return new StaffingView(c.getId(), c.getNumber(), c.getStore().getId(), c.getStore().getName(),
                c.getVendor().getId(), c.getVendor().getName(), from, to, kept.committed(), kept.kept(),
                kept.percent(), (int) days.stream().filter(StaffingDay::isShort).count(),
                days.stream().map(Day::of).toList());
    }
}
