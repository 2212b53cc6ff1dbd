package com.csvendor.portal.web.sla;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.sla.boundary.AgentsView;
import com.csvendor.portal.sla.boundary.ComparisonRows;
import com.csvendor.portal.sla.boundary.ComparisonRows.Row;
import com.csvendor.portal.sla.boundary.ComparisonService;
import com.csvendor.portal.sla.boundary.ComparisonView;
import com.csvendor.portal.sla.boundary.KpiFigures;
import com.csvendor.portal.sla.boundary.WeightForm;
import com.csvendor.portal.sla.boundary.WeightView;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The vendor comparison page: stores and a period (presets or dates), the table with one column
 * per vendor, trend charts, the ranking with the caller's weights, and a vendor's agents in a
 * dialog. Every figure comes from {@link ComparisonService#compare}, the same as the REST API and
 * the exports (which the page links to).
 */
@Named
@ViewScoped
public class ComparisonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ComparisonService comparisons;

    @Inject
    LocaleBacking language;

    private List<StoreView> stores = List.of();
    private List<String> chosen = new ArrayList<>();
    private ComparisonPeriods preset = ComparisonPeriods.LAST_3_MONTHS;
    private LocalDate from;
    private LocalDate to;
    private ComparisonView view;
    private List<Row> rows = List.of();
    private List<WeightRow> weights = new ArrayList<>();
    private AgentsView agents;

    /** A criterion's weight as edited on the page. */
    public static final class WeightRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final WeightView criterion;
        private Integer weight;

        WeightRow(WeightView criterion) {
            this.criterion = criterion;
            this.weight = criterion.weight();
        }

        public WeightView getCriterion() {
            return criterion;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    @PostConstruct
    void load() {
        stores = comparisons.stores();
        chosen = new ArrayList<>(stores.stream().map(StoreView::code).toList());
        weights = new ArrayList<>(comparisons.weights().stream().map(WeightRow::new).toList());
        applyPreset();
        compare();
    }

    public void applyPreset() {
        LocalDate[] range = preset.range(LocalDate.now(ContractService.BUSINESS_ZONE), from, to);
        from = range[0];
        to = range[1];
    }

    public void compare() {
        agents = null;
        if (chosen.isEmpty() || from == null || to == null) {
            view = null;
            rows = List.of();
            return;
        }
        try {
            view = comparisons.compare(chosen, from, to);
            rows = ComparisonRows.of(view);
        } catch (RuntimeException e) {
            view = null;
            rows = List.of();
            FacesMessages.error(e);
        }
    }

    public void saveWeights() {
        try {
            List<WeightForm> forms = weights.stream()
                    .map(w -> new WeightForm(w.getCriterion().criterion(), w.getWeight() == null ? 0 : w.getWeight()))
                    .toList();
            weights = new ArrayList<>(comparisons.saveWeights(forms).stream().map(WeightRow::new).toList());
            FacesMessages.info("comparison.weights.saved");
            compare();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public void showAgents(long vendorId) {
        try {
            agents = comparisons.agents(vendorId, chosen, from, to);
        } catch (RuntimeException e) {
            agents = null;
            FacesMessages.error(e);
        }
    }

    public String text(Row row, int column) {
        return ComparisonRows.text(row.values().get(column), row.kind());
    }

    public String percent(BigDecimal value) {
        return ComparisonRows.text(value, ComparisonRows.Kind.PERCENT);
    }

    public String seconds(BigDecimal value) {
        return ComparisonRows.text(value, ComparisonRows.Kind.SECONDS);
    }

    public String yuan(BigDecimal value) {
        return ComparisonRows.text(value, ComparisonRows.Kind.YUAN);
    }

    /** A count, "—" when no agent-day reported it. */
    public String count(Long value) {
        return ComparisonRows.text(value == null ? null : BigDecimal.valueOf(value), ComparisonRows.Kind.COUNT);
    }

    public String getConversionChart() {
        return chart("comparison.chart.conversion", KpiFigures::conversionRate);
    }

    public String getSatisfactionChart() {
        return chart("comparison.chart.satisfaction", KpiFigures::satisfactionRate);
    }

    public String getFirstResponseChart() {
        return chart("comparison.chart.firstResponse", KpiFigures::firstResponseSeconds);
    }

    private String chart(String titleKey, java.util.function.Function<KpiFigures, BigDecimal> figure) {
        return view == null ? null : TrendCharts.line(view, FacesMessages.text(titleKey), figure);
    }

    /** The export's address: the same comparison, in the page's language. */
    public String download(String format) {
        if (view == null) {
            return null;
        }
        String stores = URLEncoder.encode(String.join(",", chosen), StandardCharsets.UTF_8);
        return "/api/comparisons/" + format + "?stores=" + stores + "&from=" + from + "&to=" + to + "&lang="
                + ("zh".equals(language.getLocale().getLanguage()) ? "zh" : "en");
    }

    public boolean isAgentBest(long agentId) {
        return agents != null && agents.best().contains(agentId);
    }

    public boolean isAgentWorst(long agentId) {
        return agents != null && agents.worst().contains(agentId);
    }

    public List<ComparisonPeriods> getPresets() {
        return List.of(ComparisonPeriods.values());
    }

    public List<StoreView> getStores() {
        return stores;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public ComparisonPeriods getPreset() {
        return preset;
    }

    public void setPreset(ComparisonPeriods preset) {
        this.preset = preset == null ? ComparisonPeriods.CUSTOM : preset;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ComparisonView getView() {
        return view;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<WeightRow> getWeights() {
        return weights;
    }

    public AgentsView getAgents() {
        return agents;
    }
}
