package com.csvendor.portal.audit.control;

import static com.csvendor.portal.shared.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The JSON form of a subject's snapshot in the audit trail (properties in a fixed order, so an
 * unchanged subject gives the same text), and which of its fields differ between two snapshots.
 */
public final class Snapshots {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private Snapshots() {
    }

    public static String json(Object snapshot) {
        return JSONB.toJson(snapshot);
    }

    /** The top-level fields whose values differ, in name order; a field absent on one side differs. */
    public static List<String> changedFields(String before, String after) {
        JsonObject a = object(before);
        JsonObject b = object(after);
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!a.getOrDefault(name, JsonValue.NULL).equals(b.getOrDefault(name, JsonValue.NULL))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static JsonObject object(String json) {
        if (json == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
