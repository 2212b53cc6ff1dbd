package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.control.SignedContracts;
import com.csvendor.portal.contract.control.SignedContracts.Signed;
import com.csvendor.portal.contract.control.SignedContracts.VersionDate;
import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.entity.KpiSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The service fee a contract costs over a period, for the comparison's fees and cost per customer
 * (and the staffing it kept, for the comparison's "staffing kept %"):
 * {@link CycleCalculator#feesOver} over the contract's cycles and versions, the versions' terms from
 * {@link SignedContracts#terms}, read once per version.
 */
@ApplicationScoped
public class PeriodFees {

    private final CycleCalculator calculator = new CycleCalculator();

    @Inject
    KpiRollups rollups;

    @Inject
    SignedContracts contracts;

    /**
     * The fees of the contract over the days from {@code from} to {@code to}; {@code months} are
     * the sums of the contract's store and vendor per calendar month's share of the period (keyed by
     * the month's first day; a month without figures may be absent).
     */
    public BigDecimal of(Signed contract, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months) {
        return calculator.feesOver(dates(contract), v -> contracts.terms(v.id()).getFees(), from, to,
                new PeriodSums(contract.storeId(), contract.vendorId(), from, to, months));
    }

    /**
     * The staffing the contract kept over the days from {@code from} to {@code to}
     * ({@link StaffingReconciliation#kept}), from its store and vendor's day sums of the period.
     *
     * @param accepted the contract's accepted staffing requests
     */
    public StaffingReconciliation.Kept staffing(Signed contract, LocalDate from, LocalDate to,
            List<StaffingReconciliation.Accepted> accepted) {
        return StaffingReconciliation.kept(StaffingReconciliation.days(dates(contract), v -> contracts.terms(v.id()),
                from, to, accepted, rollups.days(contract.storeId(), contract.vendorId(), from, to), Set.of()));
    }

    private ContractDates<VersionDate> dates(Signed contract) {
        return new ContractDates<>(contract.start(), contract.end(), contract.status(), contract.statusSince(),
                contract.versions().stream().map(v -> new ContractDates.Dated<>(v.number(), v.effectiveFrom(),
                        contracts.terms(v.id()).getSettlement().getCycle(), v)).toList());
    }

    /**
     * The sums of days of the period: a month's whole share of the period from the month rollup as
     * read; any other days (cut by a version, a cycle, the contract or a surcharge) from the day
     * rollup of the period, read only if asked for, and then once.
     */
    private final class PeriodSums implements KpiDays {

        private final long storeId;
        private final long vendorId;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<LocalDate, KpiSums> months;
        private KpiDays days;

        PeriodSums(long storeId, long vendorId, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months) {
            this.storeId = storeId;
            this.vendorId = vendorId;
            this.from = from;
            this.to = to;
            this.months = months;
        }

        @Override
        public KpiSums between(LocalDate a, LocalDate b) {
            LocalDate month = a.withDayOfMonth(1);
            LocalDate monthEnd = month.plusMonths(1).minusDays(1);
            if (a.equals(month.isBefore(from) ? from : month) && b.equals(monthEnd.isAfter(to) ? to : monthEnd)) {
                return months.getOrDefault(month, KpiSums.ZERO);
            }
            if (days == null) {
                SortedMap<LocalDate, KpiSums> read = rollups.days(storeId, vendorId, from, to);
                days = KpiDays.of(read);
            }
            return days.between(a, b);
        }
    }
}
