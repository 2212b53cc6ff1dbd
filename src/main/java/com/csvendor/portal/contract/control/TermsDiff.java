package com.csvendor.portal.contract.control;

import static com.csvendor.portal.shared.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two JSON documents (two versions' terms, or an audit entry's before and
 * after), field by field, numbers compared by value. Nested objects become dotted paths and list items {@code [i]}; a list of
 * plain values (service types, forbidden phrases) counts as one field.
 */
public final class TermsDiff {

    /** One field that differs; a side is empty when the field is absent there. */
    public record Change(String path, String before, String after) implements java.io.Serializable {
    }

    private TermsDiff() {
    }

    public static List<Change> between(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String b = before.getOrDefault(path, "");
            String a = after.getOrDefault(path, "");
            if (!Objects.equals(b, a)) {
                changes.add(new Change(path, b, a));
            }
        }
        return changes;
    }

    public static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            walk("", reader.readValue(), out);
        }
        return out;
    }

    private static void walk(String path, JsonValue value, Map<String, String> out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                object.forEach((key, v) -> walk(path.isEmpty() ? key : path + "." + key, v, out));
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.stream().allMatch(TermsDiff::plain)) {
                    List<String> items = array.stream().map(TermsDiff::text).toList();
                    out.put(path, String.join(", ", items));
                } else {
                    for (int i = 0; i < array.size(); i++) {
                        walk(path + "[" + i + "]", array.get(i), out);
                    }
                }
            }
            case NULL -> out.put(path, "");
            default -> out.put(path, text(value));
        }
    }

    private static boolean plain(JsonValue v) {
        return v.getValueType() != JsonValue.ValueType.OBJECT && v.getValueType() != JsonValue.ValueType.ARRAY;
    }

    /** Numbers by value: 5200, 5200.0 and 5200.00 are the same price and never a change. */
    private static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        return v.getValueType() == JsonValue.ValueType.NULL ? "" : v.toString();
    }
}
