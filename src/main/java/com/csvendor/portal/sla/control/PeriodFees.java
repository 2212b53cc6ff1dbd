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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The service fee a contract costs over a period, for the comparison's fees and cost per customer
 * (and the staffing it kept, for the comparison's "staffing kept %"):
 * {@link CycleCalculator#feesOver} over the contract's cycles and versions with its staffing days
 * (the same fee as its statements), the versions' terms from {@link SignedContracts#terms}, read once
 * per version.
 */
@ApplicationScoped
public class PeriodFees {

    private final CycleCalculator calculator = new CycleCalculator();

    @Inject
    SignedContracts contracts;

    @Inject
    Clock clock;

    /** A contract's service fee over a period and the staffing it kept. */
    public record Period(BigDecimal fees, StaffingReconciliation.Kept staffing) {
    }

    /**
     * The fees of the contract over the days from {@code from} to {@code to} and the staffing it kept
     * ({@link StaffingReconciliation#kept}): the staffing days of the period, from its store and
     * vendor's day sums, withhold the promotion surcharge of short days as on the statement.
     *
     * @param months the sums of the contract's store and vendor per calendar month's share of the
     *        period (keyed by the month's first day; a month without figures may be absent)
     * @param days the day sums of the contract's store and vendor over the period (many contracts' are
     *        read together: {@link KpiRollups#days(java.util.Collection, LocalDate, LocalDate)})
     * @param known the contract's accepted staffing requests and waived days
     */
    public Period of(Signed contract, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months,
            SortedMap<LocalDate, KpiSums> days, StaffingLedgers.Known known) {
        ContractDates<VersionDate> dates = dates(contract);
        List<StaffingDay> staffing = StaffingReconciliation.days(dates, v -> contracts.terms(v.id()), from, to,
                known.accepted(), days, known.waived(), clock.instant());
        BigDecimal fees = calculator.feesOver(dates, v -> contracts.terms(v.id()).getFees(), from, to,
                new PeriodSums(from, to, months, days), staffing);
        return new Period(fees, StaffingReconciliation.kept(staffing));
    }

    private ContractDates<VersionDate> dates(Signed contract) {
        return new ContractDates<>(contract.start(), contract.end(), contract.status(), contract.statusSince(),
                contract.versions().stream().map(v -> new ContractDates.Dated<>(v.number(), v.effectiveFrom(),
                        contracts.terms(v.id()).getSettlement().getCycle(), v)).toList());
    }

    /**
     * The sums of days of the period: a month's whole share of the period from the month rollup as
     * read; any other days (cut by a version, a cycle, the contract or a surcharge) from the day
     * rollup of the period.
     */
    private static final class PeriodSums implements KpiDays {

        private final LocalDate from;
        private final LocalDate to;
        private final Map<LocalDate, KpiSums> months;
        private final KpiDays days;

        PeriodSums(LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months, SortedMap<LocalDate, KpiSums> days) {
            this.from = from;
            this.to = to;
            this.months = months;
            this.days = KpiDays.of(days);
        }

        @Override
        public KpiSums between(LocalDate a, LocalDate b) {
            LocalDate month = a.withDayOfMonth(1);
            LocalDate monthEnd = month.plusMonths(1).minusDays(1);
            if (a.equals(month.isBefore(from) ? from : month) && b.equals(monthEnd.isAfter(to) ? to : monthEnd)) {
                return months.getOrDefault(month, KpiSums.ZERO);
            }
            return days.between(a, b);
        }
    }
}
