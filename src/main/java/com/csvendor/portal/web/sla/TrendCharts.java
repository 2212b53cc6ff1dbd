package com.csvendor.portal.web.sla;

import static com.csvendor.portal.shared.Jsons.JSON;

import com.csvendor.portal.sla.boundary.ComparisonView.MonthFigures;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.boundary.KpiFigures;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Chart.js configuration (JSON, as PrimeFaces' p:chart takes it) of a monthly trend per vendor,
 * readable with many vendors: every vendor its own colour (never a repeat), the legend beside the
 * chart once there are more than {@link #LEGEND_BELOW_UP_TO} vendors (Chart.js hides or shows a
 * vendor when its legend entry is clicked).
 */
final class TrendCharts {

    /** Up to this many vendors the legend sits below the chart; more, and it moves beside it. */
    static final int LEGEND_BELOW_UP_TO = 6;

    /** Twelve colours far apart for the first vendors; the rest are spread around the colour wheel. */
    private static final String[] COLOURS = {"#1f6fb2", "#d9822b", "#2e9e5b", "#b23b3b", "#7a4fb2", "#4a4a4a",
        "#17a2b8", "#c2185b", "#8c6d1f", "#6b8e23", "#e377c2", "#1a237e"};

    private TrendCharts() {
    }

    static String line(List<VendorColumn> vendors, String title, Function<KpiFigures, BigDecimal> figure) {
        TreeSet<LocalDate> months = new TreeSet<>();
        vendors.forEach(v -> v.trend().forEach(m -> months.add(m.month())));
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString().substring(0, 7)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int i = 0;
        for (VendorColumn v : vendors) {
            Map<LocalDate, KpiFigures> byMonth = v.trend().stream()
                    .collect(Collectors.toMap(MonthFigures::month, MonthFigures::kpis));
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (LocalDate m : months) {
                BigDecimal value = byMonth.containsKey(m) ? figure.apply(byMonth.get(m)) : null;
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String colour = colour(i++);
            datasets.add(JSON.createObjectBuilder().add("label", v.vendorName()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false)
                    .add("spanGaps", true));
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true).add("animation", false)
                .add("plugins", JSON.createObjectBuilder()
                        .add("title", JSON.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", JSON.createObjectBuilder().add("position", legendBeside(vendors.size())
                                ? "right" : "bottom")));
        return forScript(JSON.createObjectBuilder().add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    static boolean legendBeside(int vendors) {
        return vendors > LEGEND_BELOW_UP_TO;
    }

    /**
     * The i-th vendor's colour, different from every other's: the fixed twelve, then hues turned by
     * the golden angle (137.5°, so neighbours stay far apart) at one of three lightnesses.
     */
    static String colour(int i) {
        if (i < COLOURS.length) {
            return COLOURS[i];
        }
        int n = i - COLOURS.length;
        double hue = (n * 137.508) % 360;
        return String.format(Locale.ROOT, "hsl(%.1f, 65%%, %d%%)", hue, 35 + 15 * (n % 3));
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
