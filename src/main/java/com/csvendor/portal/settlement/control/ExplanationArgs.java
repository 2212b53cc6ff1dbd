package com.csvendor.portal.settlement.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a line's explanation as stored (statement_line.explanation_args): a JSON array of
 * typed values, so that a statement read back formats exactly as it was computed, in any language.
 * Numbers stay exact decimals ({@code {"n":"3120"}}), dates ISO ({@code {"d":"2026-10-01"}}), enums
 * keep their type so that they show by their labels ({@code {"e":"…Metric","v":"SATISFACTION_RATE"}}),
 * anything else is text ({@code {"s":"…"}}).
 */
public final class ExplanationArgs {

    private ExplanationArgs() {
    }

    public static String encode(List<Object> args) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object a : args) {
            if (a instanceof BigDecimal || a instanceof Integer || a instanceof Long) {
                array.add(Json.createObjectBuilder().add("n", new BigDecimal(a.toString()).toPlainString()));
            } else if (a instanceof LocalDate d) {
                array.add(Json.createObjectBuilder().add("d", d.toString()));
            } else if (a instanceof Enum<?> e) {
                array.add(Json.createObjectBuilder().add("e", e.getDeclaringClass().getName()).add("v", e.name()));
            } else {
                array.add(Json.createObjectBuilder().add("s", String.valueOf(a)));
            }
        }
        return array.build().toString();
    }

    public static List<Object> decode(String json) {
        List<Object> out = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
                out.add(value(o));
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(JsonObject o) {
        if (o.containsKey("n")) {
            return new BigDecimal(o.getString("n"));
        }
        if (o.containsKey("d")) {
            return LocalDate.parse(o.getString("d"));
        }
        if (o.containsKey("e")) {
            try {
                Class<?> type = Class.forName(o.getString("e"), false, ExplanationArgs.class.getClassLoader());
                if (type.isEnum()) {
                    return Enum.valueOf((Class) type, o.getString("v"));
                }
            } catch (ClassNotFoundException | IllegalArgumentException e) {
                return o.getString("v");
            }
            return o.getString("v");
        }
        return o.getString("s", "");
    }
}
