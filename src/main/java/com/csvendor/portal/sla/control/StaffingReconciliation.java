package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.ServiceHours;
import com.csvendor.portal.contract.entity.Shift;
import com.csvendor.portal.contract.entity.Staffing;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The staffing a contract promises against the agents its vendor's own KPI rows show, day by day,
 * container-free (PRODUCT.md, "Staffing is a promise to check").
 * <ul>
 * <li>Days: those of the contract in force ({@link ContractDates#segments}) inside the asked period
 * that are service days ({@link ServiceHours#getDays}) of the version in force that day.</li>
 * <li>Committed headcount: the headcounts of the shifts working that day — a shift counts on the day
 * it starts, so a shift 22:00–06:00 starting on Friday counts on Friday; round the clock (7×24) is
 * shifts covering the whole day, each counted with its own headcount. On a promotion commitment's
 * days the commitment is the day's total headcount: max(shifts, commitment), never shifts +
 * commitment. Accepted staffing requests add their agents from their first day (to their last day,
 * when one is given). Nothing committed (no shifts, no promotion, no request): nothing is judged.</li>
 * <li>Committed agent-hours: Σ shift headcount × shift length (a shift ending at or before its start
 * crosses midnight; 00:00–00:00 is 24 h); shown against the online hours the rows report, for
 * information — the money counts agent-days only.</li>
 * <li>Present: the agents with a KPI row that day in the store for the vendor (the day sum's
 * agent-days). A day with no rows at all is not judged: the daily-report ledger deals with a missing
 * day, and a missing day is not "0 agents present".</li>
 * <li>Not yet: a day whose daily report is not due yet ({@link ReportLedger#due}: the contract's
 * report deadline, by default 12:00 the next day) is pending, not judged — today's rows are not the
 * whole day, so a day is never short before it is complete.</li>
 * <li>Short: judged, fewer present than committed, and not waived by an upheld dispute; the missing
 * agent-days are committed − present.</li>
 * </ul>
 */
public final class StaffingReconciliation {

    /** An accepted staffing request: {@code agents} more from {@code from} to {@code to} (null: open-ended). */
    public record Accepted(int agents, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** What one day's terms and requests commit: headcount, agent-hours of the shifts, the promotion's name. */
    record Commitment(int headcount, BigDecimal hours, String promotion) {
    }

    /**
     * Staffing kept over days: the agent-days committed on the judged days, those kept (present up to
     * the committed number; a waived day counts as kept) and kept / committed in % (2 decimals, HALF_UP);
     * {@code percent} is null when no day was judged with a headcount committed — no figure, not 0 %.
     */
    public record Kept(long committed, long kept, BigDecimal percent) {

        /** Kept over several contracts' days: their agent-days summed, then the %. */
        public static Kept of(List<Kept> parts) {
            long committed = parts.stream().mapToLong(Kept::committed).sum();
            long kept = parts.stream().mapToLong(Kept::kept).sum();
            return new Kept(committed, kept, percentOf(kept, committed));
        }
    }

    private StaffingReconciliation() {
    }

    /** The staffing kept over the days ({@link Kept}). */
    public static Kept kept(List<StaffingDay> days) {
        long committed = 0;
        long kept = 0;
        for (StaffingDay d : days) {
            if (d.judged()) {
                committed += d.committed();
                kept += d.waived() ? d.committed() : Math.min(d.present(), d.committed());
            }
        }
        return new Kept(committed, kept, percentOf(kept, committed));
    }

    private static BigDecimal percentOf(long kept, long committed) {
        return committed == 0 ? null
                : BigDecimal.valueOf(kept * 100).divide(BigDecimal.valueOf(committed), 2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * @param requests the contract's accepted staffing requests
     * @param sums the day sums of the contract's store and vendor; days absent have no rows
     * @param waived the days whose shortfall an upheld dispute waived
     * @param now the instant the days are judged at: days whose report is not due by then are pending
     */
    public static <V> List<StaffingDay> days(ContractDates<V> dates, Function<V, ContractTerms> termsOf, LocalDate from,
            LocalDate to, List<Accepted> requests, Map<LocalDate, KpiSums> sums, Set<LocalDate> waived, Instant now) {
        List<StaffingDay> out = new ArrayList<>();
        for (ContractDates.Segment<V> s : dates.segments(from, to)) {
            ContractTerms terms = termsOf.apply(s.version());
            Staffing staffing = terms.getStaffing();
            for (LocalDate d = s.from(); !d.isAfter(s.to()); d = d.plusDays(1)) {
                if (!terms.getHours().getDays().contains(d.getDayOfWeek())) {
                    continue;
                }
                Commitment c = committed(terms.getHours(), staffing, requests, d);
                KpiSums day = sums.get(d);
                boolean rows = day != null && day.agentDays() > 0;
                out.add(new StaffingDay(d, c.headcount(), c.hours(), c.promotion(),
                        rows ? (int) day.agentDays() : null, rows ? day.sum(KpiSums.ONLINE_HOURS) : null,
                        waived.contains(d), !ReportLedger.due(terms.getPenalties().getDailyReport(), d, now),
                        staffing.getFinePerMissingAgentDay(),
                        staffing.isWithholdSurchargeWhenShort()));
            }
        }
        return out;
    }

    static Commitment committed(ServiceHours hours, Staffing staffing, List<Accepted> requests, LocalDate day) {
        int headcount = 0;
        BigDecimal agentHours = BigDecimal.ZERO;
        for (Shift shift : hours.getShifts()) {
            if (shift.getDays().contains(day.getDayOfWeek()) && shift.getHeadcount() > 0) {
                headcount += shift.getHeadcount();
                agentHours = agentHours.add(hoursOf(shift).multiply(BigDecimal.valueOf(shift.getHeadcount())));
            }
        }
        String promotion = null;
        for (PromotionCommitment p : staffing.getPromotions()) {
            if (!day.isBefore(p.getFrom()) && !day.isAfter(p.getTo()) && p.getHeadcount() > 0) {
                promotion = promotion == null ? p.getName() : promotion;
                headcount = Math.max(headcount, p.getHeadcount());
            }
        }
        for (Accepted r : requests) {
            if (r.covers(day)) {
                headcount += r.agents();
            }
        }
        return new Commitment(headcount, agentHours, promotion);
    }

    /** A shift's length in hours; one ending at or before its start crosses midnight (00:00–00:00: 24 h). */
    static BigDecimal hoursOf(Shift shift) {
        long minutes = Duration.between(shift.getStart(), shift.getEnd()).toMinutes();
        if (minutes <= 0) {
            minutes += 24 * 60;
        }
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    }
}
