package com.csvendor.portal.web.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.sla.boundary.ComparisonView.MonthFigures;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.boundary.KpiFigures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrendChartsTest {

    @Test
    void aVendorNameCannotCloseTheScriptBlockTheChartIsWrittenInto() {
        String name = "</script><script>alert('x')</script> & <!-- 客服";
        String json = Json.createObjectBuilder().add("label", name).build().toString();

        String safe = TrendCharts.forScript(json);

        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        try (var reader = Json.createReader(new StringReader(safe))) {
            assertEquals(name, reader.readObject().getString("label"), "the same name once the JSON is read");
        }
    }

    static VendorColumn vendor(int i) {
        KpiFigures none = KpiFigures.of(com.csvendor.portal.kpi.entity.KpiSums.ZERO, null);
        return new VendorColumn(i + 1, i, "供应商" + i, List.of("S"), BigDecimal.TEN, none, 0, 0, null, null, null,
                null, null, List.of(), List.of(new MonthFigures(LocalDate.of(2076, 1, 1), none)));
    }

    private static JsonObject chart(int vendors) {
        String json = TrendCharts.line(IntStream.range(0, vendors).mapToObj(TrendChartsTest::vendor).toList(), "t",
                KpiFigures::conversionRate);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void everyVendorHasAColourOfItsOwnHoweverManyThereAre() {
        Set<String> colours = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(colours.add(TrendCharts.colour(i)), () -> "colour repeated: " + colours.size());
        }
    }

    @Test
    void withTwelveVendorsTheLegendStandsBesideTheChartAndNoTwoLinesShareAColour() {
        JsonObject many = chart(12);
        JsonArray datasets = many.getJsonObject("data").getJsonArray("datasets");
        assertEquals(12, datasets.size());
        assertEquals(12, datasets.getValuesAs(JsonObject.class).stream().map(d -> d.getString("borderColor"))
                .distinct().count());
        assertEquals("right", many.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getString("position"));
        assertEquals("bottom", chart(3).getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getString("position"));
    }
}
