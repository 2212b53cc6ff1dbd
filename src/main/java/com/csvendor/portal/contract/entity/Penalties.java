package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Penalty clauses: tiers of the cycle's service fee by shortfall, fixed amounts per incident type,
 * the cap on all penalties of a cycle, the termination right after N consecutive breached windows
 * and what a missing daily report costs ({@link DailyReport}).
 */
public class Penalties implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull @Size(max = 10)
    private List<@NotNull @Valid PenaltyTier> tiers = new ArrayList<>();

    @NotNull @Size(max = 20)
    private List<@NotNull @Valid IncidentFine> incidentFines = new ArrayList<>();

    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal capPercent;

    @Positive
    private Integer terminationAfterBreaches;

    @NotNull @Valid
    private DailyReport dailyReport = new DailyReport();

    public List<PenaltyTier> getTiers() {
        return tiers;
    }

    public void setTiers(List<PenaltyTier> tiers) {
        this.tiers = tiers == null ? new ArrayList<>() : new ArrayList<>(tiers);
    }

    public List<IncidentFine> getIncidentFines() {
        return incidentFines;
    }

    public void setIncidentFines(List<IncidentFine> incidentFines) {
        this.incidentFines = incidentFines == null ? new ArrayList<>() : new ArrayList<>(incidentFines);
    }

    public BigDecimal getCapPercent() {
        return capPercent;
    }

    public void setCapPercent(BigDecimal capPercent) {
        this.capPercent = capPercent;
    }

    public Integer getTerminationAfterBreaches() {
        return terminationAfterBreaches;
    }

    public void setTerminationAfterBreaches(Integer terminationAfterBreaches) {
        this.terminationAfterBreaches = terminationAfterBreaches;
    }

    public DailyReport getDailyReport() {
        return dailyReport;
    }

    /** Terms without the field (written before it existed) keep the defaults. */
    public void setDailyReport(DailyReport dailyReport) {
        this.dailyReport = dailyReport == null ? new DailyReport() : dailyReport;
    }
}
