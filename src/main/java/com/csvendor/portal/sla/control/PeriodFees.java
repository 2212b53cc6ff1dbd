package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.control.FeeParts.Segment;
import com.csvendor.portal.sla.control.FeeParts.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service fee a contract costs over a period: per version in force, its month parts through
 * {@link ServiceFeeCalculator}. A signed version's terms never change, so each version's fee terms
 * are read from its stored document once and kept (drafts are never charged).
 */
@ApplicationScoped
public class PeriodFees {

    private static final int MAX_CACHED = 10_000;

    private final Map<Long, Terms> termsByVersion = new ConcurrentHashMap<>();
    private final ServiceFeeCalculator calculator = new ServiceFeeCalculator();

    @Inject
    KpiRollups rollups;

    /**
     * The fees of the contract over the days from {@code from} to {@code to}; {@code months} are
     * the sums of the contract's store and vendor per calendar month's share of the period. The
     * calculator is called once per settlement cycle (graduated session tiers count per cycle); a
     * cycle cut by an edge of the period is computed on its days inside the period.
     */
    public BigDecimal of(Contract contract, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months) {
        List<Version<ContractVersion>> versions = contract.getVersions().stream()
                .map(v -> new Version<>(v.getEffectiveFrom(), v)).toList();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        DaySums days = new DaySums(contract.getStore().getId(), contract.getVendor().getId(), from, to);
        for (Segment<ContractVersion> segment : FeeParts.segments(versions, contract.getStartDate(), lastDay(contract),
                from, to)) {
            Terms terms = terms(segment.terms());
            for (Window cycle : SlaWindows.cycles(terms.cycle(), segment.from(), segment.to())) {
                Segment<ContractVersion> inCycle = new Segment<>(segment.terms(),
                        cycle.start().isBefore(segment.from()) ? segment.from() : cycle.start(),
                        cycle.end().isAfter(segment.to()) ? segment.to() : cycle.end());
                List<MonthPart> parts = FeeParts.parts(inCycle, from, to, months, days::between).stream()
                        .map(p -> new MonthPart(p.from(), p.to(), p.sums())).toList();
                total = total.add(calculator.fees(terms.fees(), parts).total());
            }
        }
        return total;
    }

    /** A version's fee terms and settlement cycle, read once from its document. */
    private record Terms(Fees fees, SettlementCycle cycle) {
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

        KpiSums between(LocalDate a, LocalDate b) {
            if (days == null) {
                days = rollups.days(storeId, vendorId, from, to);
            }
            return days.subMap(a, b.plusDays(1)).values().stream().reduce(KpiSums.ZERO, KpiSums::plus);
        }
    }

    /** The last day the contract is in force: its end, or the day before it was terminated. */
    static LocalDate lastDay(Contract c) {
        if (c.getStatus() == ContractStatus.TERMINATED && c.getStatusSince() != null
                && c.getStatusSince().isBefore(c.getEndDate())) {
            return c.getStatusSince().minusDays(1);
        }
        return c.getEndDate();
    }

    private Terms terms(ContractVersion version) {
        if (termsByVersion.size() > MAX_CACHED) {
            termsByVersion.clear();
        }
        return termsByVersion.computeIfAbsent(version.getId(), id -> {
            ContractTerms t = version.getTerms();
            return new Terms(t.getFees(), t.getSettlement().getCycle());
        });
    }
}
