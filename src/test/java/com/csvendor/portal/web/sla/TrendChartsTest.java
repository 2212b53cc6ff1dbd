package com.csvendor.portal.web.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
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
}
