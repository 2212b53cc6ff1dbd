package com.csvendor.portal.web.sla;

import com.csvendor.portal.sla.boundary.ComparisonView;
import com.csvendor.portal.sla.boundary.ComparisonView.MonthFigures;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.boundary.KpiFigures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Chart.js configuration (JSON, as PrimeFaces' p:chart takes it) of a monthly trend per vendor. */
final class TrendCharts {

    private static final String[] COLOURS = {"#1f6fb2", "#d9822b", "#2e9e5b", "#b23b3b", "#7a4fb2", "#4a4a4a"};

    private TrendCharts() {
    }

    static String line(ComparisonView view, String title, Function<KpiFigures, BigDecimal> figure) {
        TreeSet<LocalDate> months = new TreeSet<>();
        view.vendors().forEach(v -> v.trend().forEach(m -> months.add(m.month())));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString().substring(0, 7)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (VendorColumn v : view.vendors()) {
            Map<LocalDate, KpiFigures> byMonth = v.trend().stream()
                    .collect(Collectors.toMap(MonthFigures::month, MonthFigures::kpis));
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (LocalDate m : months) {
                BigDecimal value = byMonth.containsKey(m) ? figure.apply(byMonth.get(m)) : null;
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", v.vendorName()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false)
                    .add("spanGaps", true));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                        .add("display", true).add("text", title)));
        return forScript(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    /**
     * JSON that p:chart writes into a {@code <script>} block: {@code <}, {@code >} and {@code &} can
     * only stand inside its strings, where the \\u escapes mean the same to JSON and can never close
     * the block (a vendor named {@code </script><script>…}).
     */
    static String forScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
