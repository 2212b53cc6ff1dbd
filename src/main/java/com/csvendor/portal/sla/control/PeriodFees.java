package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.control.SignedContracts.Signed;
import com.csvendor.portal.contract.control.SignedContracts.VersionDate;
import com.csvendor.portal.contract.control.SignedContracts;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.shared.Money;
import com.csvendor.portal.sla.control.FeeParts.Segment;
import com.csvendor.portal.sla.control.FeeParts.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The service fee a contract costs over a period: per version in force and settlement cycle, its
 * month parts through {@link ServiceFeeCalculator}. The versions' terms come from
 * {@link SignedContracts#terms}, read once per version.
 */
@ApplicationScoped
public class PeriodFees {

    private final ServiceFeeCalculator calculator = new ServiceFeeCalculator();

    @Inject
    KpiRollups rollups;

    @Inject
    SignedContracts contracts;

    /**
     * The fees of the contract over the days from {@code from} to {@code to}; {@code months} are
     * the sums of the contract's store and vendor per calendar month's share of the period. The
     * calculator is called once per settlement cycle (graduated session tiers count per cycle); a
     * cycle cut by an edge of the period is computed on its days inside the period.
     */
    public BigDecimal of(Signed contract, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months) {
        List<Version<VersionDate>> versions = contract.versions().stream()
                .map(v -> new Version<>(v.effectiveFrom(), v)).toList();
        BigDecimal total = Money.ZERO;
        DaySums days = new DaySums(contract.storeId(), contract.vendorId(), from, to);
        for (Segment<VersionDate> segment : FeeParts.segments(versions, contract.start(), contract.lastDay(), from,
                to)) {
            ContractTerms terms = contracts.terms(segment.terms().id());
            for (Window cycle : SlaWindows.cycles(terms.getSettlement().getCycle(), segment.from(), segment.to())) {
                Segment<VersionDate> inCycle = new Segment<>(segment.terms(),
                        cycle.start().isBefore(segment.from()) ? segment.from() : cycle.start(),
                        cycle.end().isAfter(segment.to()) ? segment.to() : cycle.end());
                List<MonthPart> parts = surchargeWithin(terms, inCycle)
                        ? MonthParts.split(terms.getFees(), inCycle.from(), inCycle.to(), days.all())
                        : FeeParts.parts(inCycle, from, to, months, days::between).stream()
                                .map(p -> new MonthPart(p.from(), p.to(), p.sums())).toList();
                total = total.add(calculator.fees(terms.getFees(), parts).total());
            }
        }
        return total;
    }

    /**
     * Whether a promotion surcharge starts or ends inside the days: then the parts are cut at its
     * dates from the day sums (exact surcharges), else whole months from the month rollup will do.
     */
    private static boolean surchargeWithin(ContractTerms terms, Segment<?> days) {
        return terms.getFees().getSurcharges().stream().anyMatch(s -> !s.getTo().isBefore(days.from())
                && !s.getFrom().isAfter(days.to()));
    }

    /** The day sums of one store and vendor over the period, read only if a part needs them, and then once. */
    private final class DaySums {

        private final long storeId;
        private final long vendorId;
        private final LocalDate from;
        private final LocalDate to;
        private SortedMap<LocalDate, KpiSums> days;

        DaySums(long storeId, long vendorId, LocalDate from, LocalDate to) {
            this.storeId = storeId;
            this.vendorId = vendorId;
            this.from = from;
            this.to = to;
        }

        SortedMap<LocalDate, KpiSums> all() {
            if (days == null) {
                days = rollups.days(storeId, vendorId, from, to);
            }
            return days;
        }

        KpiSums between(LocalDate a, LocalDate b) {
            return all().subMap(a, b.plusDays(1)).values().stream().reduce(KpiSums.ZERO, KpiSums::plus);
        }
    }
}
