package com.csvendor.portal.web.sla;

import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.boundary.AgentsView;
import com.csvendor.portal.sla.boundary.ComparisonRows.Mark;
import com.csvendor.portal.sla.boundary.ComparisonRows.Row;
import com.csvendor.portal.sla.boundary.ComparisonRows;
import com.csvendor.portal.sla.boundary.ComparisonService;
import com.csvendor.portal.sla.boundary.ComparisonView.CriterionScore;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.boundary.ComparisonView;
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
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The vendor comparison page: stores and a period (presets or dates), the ranking with the
 * caller's weights and its breakdown by criterion (or why there is none, and the warning when the
 * vendors serve different stores, with a per-store comparison a click away), the table with one
 * column per vendor and the best and worst of each row marked, trend charts (the top five by default
 * for administrators and finance), and a vendor's agents in a dialog. Every figure comes from {@link ComparisonService#compare}, the same as the REST API and
 * the exports (which the page links to).
 */
@Named
@ViewScoped
public class ComparisonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    @EJB
    ComparisonService comparisons;

    @Inject
    LocaleBacking language;

    @Inject
    Caller caller;

    private List<StoreView> stores = List.of();
    private List<String> chosen = new ArrayList<>();
    private ComparisonPeriods preset = ComparisonPeriods.LAST_3_MONTHS;
    private LocalDate from;
    private LocalDate to;
    private ComparisonView view;
    private List<Row> rows = List.of();
    private List<Row> breakdown = List.of();
    private ComparisonCharts charts = new ComparisonCharts(true);
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
        charts = new ComparisonCharts(!(caller.has(Role.ADMIN) || caller.has(Role.FINANCE)));
        applyPreset();
        compare();
    }

    public void applyPreset() {
        LocalDate[] range = preset.range(time.today(), from, to);
        from = range[0];
        to = range[1];
    }

    public void compare() {
        agents = null;
        view = null;
        rows = List.of();
        breakdown = List.of();
        charts.show(null);
        if (chosen.isEmpty() || from == null || to == null) {
            return;
        }
        try {
            view = comparisons.compare(chosen, from, to);
            rows = ComparisonRows.of(view);
            breakdown = ComparisonRows.breakdown(view);
            charts.show(view);
        } catch (RuntimeException e) {
            view = null;
            rows = List.of();
            breakdown = List.of();
            FacesMessages.error(e);
        }
    }

    /** The same period for one of the chosen stores only: a like-for-like ranking of its vendors. */
    public void compareStore(String code) {
        chosen = new ArrayList<>(List.of(code));
        compare();
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

    /** The cell's style: best or worst of its row, or plain. */
    public String markClass(Row row, int column) {
        Mark mark = row.mark(column);
        return mark == null ? "portal-cell" : mark == Mark.BEST ? "portal-cell portal-best" : "portal-cell portal-worst";
    }

    /** Says in words what the colour says: "Best" or "Weakest" of the row. */
    public String markTitle(Row row, int column) {
        Mark mark = row.mark(column);
        return mark == null ? null : FacesMessages.text(mark == Mark.BEST ? "comparison.best" : "comparison.worst");
    }

    /**
     * Under a criterion's points: the vendor's value and where it lies between the worst (0) and the
     * best (1) of the vendors compared, e.g. "92.31 % → 0.75"; empty for the score row.
     */
    public String detail(int rowIndex, VendorColumn column) {
        List<WeightView> w = view.weights();
        if (rowIndex >= w.size() || column.rank() == null) {
            return "";
        }
        CriterionScore s = ComparisonRows.score(column, w.get(rowIndex).criterion());
        return ComparisonRows.text(s.value(), ComparisonRows.kind(s.criterion())) + " → "
                + Figures.number(s.normalised(), 2);
    }

    /** A criterion's direction and its share of the score, "higher is better · 20 % of the score". */
    public String share(int rowIndex) {
        List<WeightView> w = view.weights();
        if (rowIndex >= w.size()) {
            return "";
        }
        int total = w.stream().mapToInt(WeightView::weight).sum();
        BigDecimal share = total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(w.get(rowIndex).weight() * 100L)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return FacesMessages.text(w.get(rowIndex).higherIsBetter() ? "comparison.direction.higher"
                : "comparison.direction.lower") + " · " + FacesMessages.text("comparison.breakdown.share",
                        Figures.rate(share));
    }

    public String percent(BigDecimal value) {
        return Figures.rate(value);
    }

    public String seconds(BigDecimal value) {
        return Figures.seconds(value);
    }

    public String yuan(BigDecimal value) {
        return Figures.money(value);
    }

    /** A score or points, to two decimals; "—" for none. */
    public String number(BigDecimal value) {
        return Figures.number(value, 2);
    }

    /** A count, "—" when no agent-day reported it. */
    public String count(Long value) {
        return Figures.count(value);
    }

    /** The stores' names as a list in the page's language ("旗舰店、家居店"), not "[A, B]". */
    public String storeNames(List<String> codes) {
        return ComparisonRows.storeNames(view == null ? List.of() : view.stores(), codes, language.getLocale());
    }

    /** The vendors with a rank, best first. */
    public List<VendorColumn> getRanked() {
        return view == null ? List.of() : view.vendors().stream().filter(v -> v.rank() != null).toList();
    }

    /** The vendors listed without a rank in a ranked comparison (no figure for any criterion), by name. */
    public String getUnranked() {
        return view == null || !view.ranked() ? "" : Messages.list(language.getLocale(), view.vendors().stream()
                .filter(v -> v.rank() == null).map(VendorColumn::vendorName).toList());
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

    public ComparisonCharts getCharts() {
        return charts;
    }

    public List<Row> getBreakdown() {
        return breakdown;
    }

    public List<WeightRow> getWeights() {
        return weights;
    }

    public AgentsView getAgents() {
        return agents;
    }
}
