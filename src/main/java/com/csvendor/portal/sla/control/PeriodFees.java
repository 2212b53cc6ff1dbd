package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.Fees;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service fee a contract costs over a period: per version in force, its month parts through
 * {@link ServiceFeeCalculator}. A signed version's terms never change, so each version's fee terms
 * are read from its stored document once and kept (drafts are never charged).
 */
@ApplicationScoped
public class PeriodFees {

    private static final int MAX_CACHED = 10_000;

    private final Map<Long, Fees> feesByVersion = new ConcurrentHashMap<>();
    private final ServiceFeeCalculator calculator = new ServiceFeeCalculator();

    @Inject
    KpiRollups rollups;

    /**
     * The fees of the contract over the days from {@code from} to {@code to}; {@code months} are
     * the sums of the contract's store and vendor per calendar month's share of the period.
     */
    public BigDecimal of(Contract contract, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> months) {
        List<Version<ContractVersion>> versions = contract.getVersions().stream()
                .map(v -> new Version<>(v.getEffectiveFrom(), v)).toList();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        long storeId = contract.getStore().getId();
        long vendorId = contract.getVendor().getId();
        for (Segment<ContractVersion> segment : FeeParts.segments(versions, contract.getStartDate(), lastDay(contract),
                from, to)) {
            List<MonthPart> parts = FeeParts.parts(segment, from, to, months,
                    (a, b) -> rollups.between(storeId, vendorId, a, b)).stream()
                    .map(p -> new MonthPart(p.from(), p.to(), p.sums())).toList();
            total = total.add(calculator.fees(terms(segment.terms()), parts).total());
        }
        return total;
    }

    /** The last day the contract is in force: its end, or the day before it was terminated. */
    static LocalDate lastDay(Contract c) {
        if (c.getStatus() == ContractStatus.TERMINATED && c.getStatusSince() != null
                && c.getStatusSince().isBefore(c.getEndDate())) {
            return c.getStatusSince().minusDays(1);
        }
        return c.getEndDate();
    }

    private Fees terms(ContractVersion version) {
        if (feesByVersion.size() > MAX_CACHED) {
            feesByVersion.clear();
        }
        return feesByVersion.computeIfAbsent(version.getId(), id -> version.getTerms().getFees());
    }
}
