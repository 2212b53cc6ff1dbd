package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.sla.control.StaffingDay;
import com.csvendor.portal.sla.control.StaffingLedgers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contract's staffing reconciliation ({@link StaffingLedgers}), read within the contract's scope
 * ({@link SlaScope}: not found outside it, and for drafts). The home pages' lists read all the
 * caller's contracts together: their day sums in one query, their accepted requests and waivers in two.
 */
@Stateless
public class StaffingService {

    @Inject
    SlaScope scope;

    @Inject
    StaffingLedgers ledgers;

    @Inject
    KpiRollups rollups;

    @Inject
    Clock clock;

    /** A contract whose vendor was short of staff: its short days, oldest first. */
    public record Short(long contractId, String number, String storeName, String vendorName, List<LocalDate> days) {
    }

    /**
     * The caller's contracts (their scope) with short staffing days among the last
     * {@link ReportLedgerService#OWED_DAYS} days.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<Short> shortOfStaff() {
        LocalDate today = BusinessTime.today(clock);
        Map<Contract, ContractDays> asked = new LinkedHashMap<>();
        for (Contract c : ContractDays.recent(scope, today, ReportLedgerService.OWED_DAYS)) {
            asked.put(c, new ContractDays(c, today.minusDays(ReportLedgerService.OWED_DAYS), today));
        }
        return shortDays(asked);
    }

    /**
     * The caller's contracts (their scope) with short staffing days in the settlement cycle running
     * today, up to today, that nobody has disputed yet (a day with an open dispute waits for the store
     * manager; an upheld one is no longer short): what the vendor's lead may still dispute.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<Short> shortThisCycle() {
        LocalDate today = BusinessTime.today(clock);
        Map<Contract, ContractDays> asked = new LinkedHashMap<>();
        for (Contract c : ContractDays.recent(scope, today, 0)) {
            c.dates().cycleHolding(today).map(ContractDates.Cycle::start)
                    .ifPresent(start -> asked.put(c, new ContractDays(c, start, today)));
        }
        Map<Long, Set<LocalDate>> disputed = ledgers.disputed(asked.keySet().stream().map(Contract::getId).toList());
        List<Short> out = new ArrayList<>();
        for (Short s : shortDays(asked)) {
            Set<LocalDate> open = disputed.getOrDefault(s.contractId(), Set.of());
            List<LocalDate> days = s.days().stream().filter(d -> !open.contains(d)).toList();
            if (!days.isEmpty()) {
                out.add(new Short(s.contractId(), s.number(), s.storeName(), s.vendorName(), days));
            }
        }
        return out;
    }

    /** The short days of each contract over its days asked, read together (one query of day sums). */
    private List<Short> shortDays(Map<Contract, ContractDays> asked) {
        if (asked.isEmpty()) {
            return List.of();
        }
        LocalDate from = asked.values().stream().map(ContractDays::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = asked.values().stream().map(ContractDays::to).max(LocalDate::compareTo).orElseThrow();
        var sums = rollups.days(asked.keySet().stream().map(ContractDays::pair).distinct().toList(), from, to);
        Map<Long, StaffingLedgers.Known> known = ledgers.known(asked.keySet().stream().map(Contract::getId).toList());
        List<Short> out = new ArrayList<>();
        for (ContractDays a : asked.values()) {
            Contract c = a.contract();
            List<LocalDate> days = StaffingLedgers.of(c, a.from(), a.to(), sums.get(ContractDays.pair(c)),
                    known.getOrDefault(c.getId(), StaffingLedgers.Known.NONE), clock.instant()).stream()
                    .filter(StaffingDay::isShort).map(StaffingDay::day).toList();
            if (!days.isEmpty()) {
                out.add(new Short(c.getId(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(), days));
            }
        }
        return out;
    }

    /** From the contract's start (no {@code from}) to today (no {@code to}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StaffingView staffing(long contractId, LocalDate from, LocalDate to) {
        ContractDays asked = ContractDays.asked(scope, contractId, from, to, BusinessTime.today(clock));
        return StaffingView.of(asked.contract(), asked.from(), asked.to(),
                ledgers.of(asked.contract(), asked.from(), asked.to()));
    }
}
