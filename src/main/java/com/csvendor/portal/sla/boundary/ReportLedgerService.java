package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.ReportDay;
import com.csvendor.portal.sla.control.ReportLedgers;
import com.csvendor.portal.sla.control.ReportStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily reports a contract's vendor owes its store ({@link ReportLedgers}), read within the
 * contract's scope ({@link SlaScope}: not found outside it, and for drafts).
 */
@Stateless
public class ReportLedgerService {

    @Inject
    SlaScope scope;

    @Inject
    ReportLedgers ledgers;

    @Inject
    KpiRollups rollups;

    @Inject
    Clock clock;

    /** How far back the home pages look for reports owed. */
    public static final int OWED_DAYS = 31;

    /** A contract whose vendor owes daily reports: the days missing past their due time, oldest first. */
    public record Owed(long contractId, String number, String storeName, String vendorName, List<LocalDate> days) {
    }

    /**
     * The caller's contracts (their scope) with days of the last {@link #OWED_DAYS} days whose report
     * is missing past its due time. Their day sums and receipts are read together, one query each.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<Owed> owed() {
        LocalDate today = BusinessTime.today(clock);
        LocalDate from = today.minusDays(OWED_DAYS);
        Instant now = clock.instant();
        List<Contract> contracts = ContractDays.recent(scope, today, OWED_DAYS);
        List<KpiRollups.StoreVendor> pairs = contracts.stream().map(ContractDays::pair).distinct().toList();
        var sums = rollups.days(pairs, from, today);
        var receipts = ledgers.receipts(pairs, from, today);
        List<Owed> out = new ArrayList<>();
        for (Contract c : contracts) {
            KpiRollups.StoreVendor pair = ContractDays.pair(c);
            List<LocalDate> missing = ReportLedgers.of(c, from, today, now, sums.get(pair), receipts.get(pair))
                    .stream().filter(d -> d.status().missing()).map(ReportDay::day).toList();
            if (!missing.isEmpty()) {
                out.add(new Owed(c.getId(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(), missing));
            }
        }
        return out;
    }

    /** From the contract's start (no {@code from}) to today (no {@code to}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ReportLedgerView ledger(long contractId, LocalDate from, LocalDate to) {
        ContractDays asked = ContractDays.asked(scope, contractId, from, to, BusinessTime.today(clock));
        Contract c = asked.contract();
        LocalDate a = asked.from();
        LocalDate b = asked.to();
        List<ReportDay> days = ledgers.of(c, a, b, clock.instant());
        return new ReportLedgerView(c.getId(), c.getNumber(), c.getStore().getId(), c.getStore().getName(),
                c.getVendor().getId(), c.getVendor().getName(), a, b,
                c.versionOn(b).orElse(c.current()).readOnlyTerms().getPenalties().getDailyReport().getMissing(),
                ReportLedgerView.count(days, ReportStatus.RECEIVED), ReportLedgerView.count(days, ReportStatus.LATE),
                ReportLedgerView.count(days, ReportStatus.MISSING),
                ReportLedgerView.count(days, ReportStatus.NOT_YET_DUE),
                days.stream().map(ReportLedgerView.Day::of).toList());
    }
}
