package com.csvendor.portal.web.sla;

import com.csvendor.portal.sla.boundary.ComparisonView;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.boundary.KpiFigures;
import com.csvendor.portal.web.FacesMessages;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The comparison page's trend charts: which vendors they show — all of them, or the best
 * {@link #TOP} by score until the reader asks for all (the default for administrators and finance,
 * who compare many stores) — and their Chart.js configurations.
 */
public final class ComparisonCharts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many vendors the charts show when limited to the top. */
    static final int TOP = 5;

    private boolean all;
    private List<VendorColumn> vendors = List.of();

    ComparisonCharts(boolean all) {
        this.all = all;
    }

    /** The charts of this comparison (none for null). */
    void show(ComparisonView view) {
        vendors = view == null ? List.of() : view.vendors();
    }

    /** The vendors the charts show, best first. */
    public List<VendorColumn> getVendors() {
        return all ? vendors : vendors.subList(0, Math.min(TOP, vendors.size()));
    }

    /** Whether there are more vendors than the top the charts can be limited to. */
    public boolean isLimitable() {
        return vendors.size() > TOP;
    }

    public boolean isLegendBeside() {
        return TrendCharts.legendBeside(getVendors().size());
    }

    public void toggle() {
        all = !all;
    }

    public boolean isAll() {
        return all;
    }

    public int getTop() {
        return TOP;
    }

    public int getCount() {
        return vendors.size();
    }

    public String getConversion() {
        return chart("comparison.chart.conversion", KpiFigures::conversionRate);
    }

    public String getSatisfaction() {
        return chart("comparison.chart.satisfaction", KpiFigures::satisfactionRate);
    }

    public String getFirstResponse() {
        return chart("comparison.chart.firstResponse", KpiFigures::firstResponseSeconds);
    }

    private String chart(String titleKey, Function<KpiFigures, BigDecimal> figure) {
        return vendors.isEmpty() ? null : TrendCharts.line(getVendors(), FacesMessages.text(titleKey), figure);
    }
}
