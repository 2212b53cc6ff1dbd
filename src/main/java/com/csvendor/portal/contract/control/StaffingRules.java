package com.csvendor.portal.contract.control;

import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.shared.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * When a store manager may ask the vendor for more agents (the one rule, without a container). A
 * request is refused, with every reason found:
 * <ul>
 * <li>unless the contract is ACTIVE (not a draft, not suspended, not ended);</li>
 * <li>when its days are not all days the contract is in force (an open-ended request ends with the
 * contract);</li>
 * <li>when its first day is fewer than the contract's {@code staffing.addNoticeDays} after today
 * (business date, Beijing time);</li>
 * <li>when, on any of its days, the agents of the requests asked for or accepted on that day plus its
 * own exceed {@code staffing.maxAdditionalAgents} (no maximum when the terms give none). The
 * most agents at a time are reached on the first day of some request, so only those days are
 * looked at.</li>
 * </ul>
 */
public final class StaffingRules {

    /** A request asked for or accepted, as the rule sees it: agents from a day to a day (null: open). */
    public record Asked(int agents, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The contract as the rule sees it, with the staffing terms of the version in force on the first day. */
    public record Terms(ContractStatus status, LocalDate firstDay, LocalDate lastDay, int noticeDays,
            Integer maxAdditional) {
    }

    private StaffingRules() {
    }

    public static List<Finding> refusals(Terms terms, Asked wanted, List<Asked> existing, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        if (terms.status() != ContractStatus.ACTIVE) {
            out.add(new Finding("contractId", "staffing.notActive", terms.status()));
            return out;
        }
        LocalDate last = wanted.to() == null ? wanted.from() : wanted.to();
        if (wanted.from().isBefore(terms.firstDay()) || last.isAfter(terms.lastDay())) {
            out.add(new Finding(wanted.from().isBefore(terms.firstDay()) ? "fromDate" : "toDate", "staffing.outside",
                    wanted.from(), wanted.to() == null ? terms.lastDay() : wanted.to(), terms.firstDay(),
                    terms.lastDay()));
        }
        LocalDate earliest = today.plusDays(terms.noticeDays());
        if (wanted.from().isBefore(earliest)) {
            out.add(new Finding("fromDate", "staffing.notice", terms.noticeDays(), earliest, wanted.from()));
        }
        if (terms.maxAdditional() != null) {
            Peak peak = peak(wanted, existing);
            if (peak.before() + wanted.agents() > terms.maxAdditional()) {
                out.add(new Finding("agents", "staffing.max", terms.maxAdditional(), peak.day(), peak.before(),
                        wanted.agents(), peak.before() + wanted.agents()));
            }
        }
        return out;
    }

    /** The day of the wanted request with the most agents already asked for or accepted, and how many. */
    record Peak(LocalDate day, int before) {
    }

    static Peak peak(Asked wanted, List<Asked> existing) {
        Peak best = new Peak(wanted.from(), 0);
        for (LocalDate day : Stream.concat(Stream.of(wanted.from()), existing.stream().map(Asked::from))
                .filter(wanted::covers).distinct().sorted().toList()) {
            int sum = existing.stream().filter(a -> a.covers(day)).mapToInt(Asked::agents).sum();
            if (sum > best.before()) {
                best = new Peak(day, sum);
            }
        }
        return best;
    }
}
