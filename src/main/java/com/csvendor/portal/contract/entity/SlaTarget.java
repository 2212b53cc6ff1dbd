package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A service-level target: the metric compared with the threshold over each window, judged only
 * when the window has at least {@code minimumSample} (sessions or ratings), never on exempt dates.
 * {@code penaltyPerBreach} is the fixed amount owed for each breached window, if agreed.
 */
public class SlaTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Metric metric;

    @NotNull
    private Comparator comparator;

    @NotNull @Digits(integer = 12, fraction = 2)
    private BigDecimal threshold;

    @NotNull
    private SlaWindow window = SlaWindow.SETTLEMENT_CYCLE;

    @Min(0)
    private int minimumSample;

    @NotNull @Size(max = 20)
    private List<@NotNull @Valid DateRange> exemptions = new ArrayList<>();

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal penaltyPerBreach;

    public Metric getMetric() {
        return metric;
    }

    public void setMetric(Metric metric) {
        this.metric = metric;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public void setComparator(Comparator comparator) {
        this.comparator = comparator;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public SlaWindow getWindow() {
        return window;
    }

    public void setWindow(SlaWindow window) {
        this.window = window;
    }

    public int getMinimumSample() {
        return minimumSample;
    }

    public void setMinimumSample(int minimumSample) {
        this.minimumSample = minimumSample;
    }

    public List<DateRange> getExemptions() {
        return exemptions;
    }

    public void setExemptions(List<DateRange> exemptions) {
        this.exemptions = exemptions == null ? new ArrayList<>() : new ArrayList<>(exemptions);
    }

    public BigDecimal getPenaltyPerBreach() {
        return penaltyPerBreach;
    }

    public void setPenaltyPerBreach(BigDecimal penaltyPerBreach) {
        this.penaltyPerBreach = penaltyPerBreach;
    }
}
