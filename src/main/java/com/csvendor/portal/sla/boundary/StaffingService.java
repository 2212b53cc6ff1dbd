package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Contract;
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
import java.util.List;
import java.util.Map;

/**
 * A contract's staffing reconciliation ({@link StaffingLedgers}), read within the contract's scope
 * ({@link SlaScope}: not found outside it, and for drafts).
 */
@Stateless
public class StaffingService {

    @Inject
    SlaScope scope;

    @Inject
    StaffingLedgers ledgers;

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
        LocalDate from = today.minusDays(ReportLedgerService.OWED_DAYS);
        List<Contract> contracts = ContractDays.recent(scope, today, ReportLedgerService.OWED_DAYS);
        Map<Long, StaffingLedgers.Known> known = ledgers.known(contracts.stream().map(Contract::getId).toList());
        List<Short> out = new ArrayList<>();
        for (Contract c : contracts) {
            List<LocalDate> days = ledgers.of(c, from, today, known.getOrDefault(c.getId(), StaffingLedgers.Known.NONE))
                    .stream()
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
