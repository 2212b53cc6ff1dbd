package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract visible to the caller ({@link SlaScope#visible}) and the days asked of it, for the
 * day-by-day ledgers (daily reports, staffing): from its start when no {@code from} is given, to
 * today when no {@code to}; refused when {@code to} is before {@code from}.
 */
record ContractDays(Contract contract, LocalDate from, LocalDate to) {

    static ContractDays asked(SlaScope scope, long contractId, LocalDate from, LocalDate to, LocalDate today) {
        Contract c = scope.visible(contractId);
        LocalDate a = from == null ? c.getStartDate() : from;
        LocalDate b = to == null ? today : to;
        if (b.isBefore(a)) {
            throw new InvalidInputException("to", "sla.evaluate.range", a, b);
        }
        return new ContractDays(c, a, b);
    }

    /** The contract's store and vendor, whose day sums it is judged on. */
    static KpiRollups.StoreVendor pair(Contract c) {
        return new KpiRollups.StoreVendor(c.getStore().getId(), c.getVendor().getId());
    }

    /** The caller's contracts in force on a day of the last {@code days} days up to today, for the home pages. */
    static List<Contract> recent(SlaScope scope, LocalDate today, int days) {
        return scope.contracts().stream().filter(c -> !c.lastDayInForce().isBefore(today.minusDays(days))
                && !c.getStartDate().isAfter(today)).toList();
    }
}
