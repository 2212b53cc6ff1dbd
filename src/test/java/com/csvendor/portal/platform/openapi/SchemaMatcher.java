package com.csvendor.portal.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether a schema of the document describes a Java type (as JSON-B writes it) and a JSON value:
 * scalars by type and format, enums by their constants, arrays and maps by their elements, and a
 * reference by the component it names, which must always stand for the same class.
 */
final class SchemaMatcher {

    private static final String PREFIX = "#/components/schemas/";

    private final JsonObject components;
    private final Map<String, Class<?>> classes = new TreeMap<>();

    SchemaMatcher(JsonObject document) {
        this.components = document.getJsonObject("components").getJsonObject("schemas");
    }

    Map<String, Class<?>> classesOfComponents() {
        return classes;
    }

    JsonObject component(String name) {
        JsonObject c = components.getJsonObject(name);
        assertNotNull(c, () -> "no component " + name);
        return c;
    }

    void match(JsonObject schema, Type type, String where) {
        assertNotNull(schema, () -> where + ": no schema");
        Class<?> raw = JsonSamples.raw(type);
        if (raw == Optional.class) {
            match(schema, JsonSamples.argument(type, 0), where);
            return;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(PREFIX.length());
            JsonObject component = component(name);
            if (raw.isEnum()) {
                assertEquals("string", component.getString("type"), where);
                assertEquals(Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList(),
                        component.getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                                .toList(), () -> where + ": the values of " + raw.getName());
            } else {
                assertEquals("object", component.getString("type"), where);
            }
            Class<?> before = classes.putIfAbsent(name, raw);
            assertTrue(before == null || before == raw, () -> where + ": component " + name + " stands for " + before
                    + " and " + raw);
            return;
        }
        String kind = schema.getString("type", "");
        if (Collection.class.isAssignableFrom(raw)) {
            assertEquals("array", kind, where);
            match(schema.getJsonObject("items"), JsonSamples.argument(type, 0), where + "[]");
        } else if (Map.class.isAssignableFrom(raw)) {
            assertEquals("object", kind, where);
            match(schema.getJsonObject("additionalProperties"), JsonSamples.argument(type, 1), where + "{}");
        } else {
            String format = schema.getString("format", "");
            String documented = kind + "/" + (raw == String.class && format.equals("email") ? "" : format);
            assertEquals(expected(raw), documented, () -> where + " as " + raw.getName());
        }
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "string/";
        }
        if (raw == long.class || raw == Long.class) {
            return "integer/int64";
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return "integer/int32";
        }
        if (raw == double.class || raw == Double.class) {
            return "number/double";
        }
        if (raw == BigDecimal.class) {
            return "number/";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean/";
        }
        if (raw == LocalDate.class) {
            return "string/date";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return "string/date-time";
        }
        if (raw == LocalTime.class || raw == LocalDateTime.class) {
            return "string/";
        }
        if (InputStream.class.isAssignableFrom(raw)) {
            return "string/binary";
        }
        return "a component for " + raw.getName();
    }

    /**
     * The JSON value JSON-B wrote for a value of the type fits the schema (a sample text is no
     * test of a {@code @Pattern}: patterns are checked on the text of dates and times only).
     */
    void value(JsonObject schema, JsonValue value, Type type, String where) {
        if (schema.containsKey("$ref")) {
            JsonObject component = component(schema.getString("$ref").substring(PREFIX.length()));
            if (component.containsKey("enum")) {
                assertTrue(component.getJsonArray("enum").contains(value), () -> where + ": " + value + " not in the enum");
            } else {
                assertEquals(JsonValue.ValueType.OBJECT, value.getValueType(), where);
            }
            return;
        }
        switch (schema.getString("type", "")) {
            case "string" -> {
                assertEquals(JsonValue.ValueType.STRING, value.getValueType(), where);
                String text = ((JsonString) value).getString();
                String format = schema.getString("format", "");
                if (format.equals("date")) {
                    assertTrue(text.matches("\\d{4}-\\d{2}-\\d{2}"), () -> where + ": " + text);
                } else if (format.equals("date-time")) {
                    OffsetDateTime.parse(text);
                }
                if (schema.containsKey("pattern") && JsonSamples.raw(type) != String.class) {
                    assertTrue(text.matches(schema.getString("pattern").replaceAll("^\\^|\\$$", "")),
                            () -> where + ": " + text + " against " + schema.getString("pattern"));
                }
            }
            case "integer" -> assertTrue(value instanceof JsonNumber n && n.isIntegral(), () -> where + ": " + value);
            case "number" -> assertEquals(JsonValue.ValueType.NUMBER, value.getValueType(), where);
            case "boolean" -> assertTrue(value == JsonValue.TRUE || value == JsonValue.FALSE, () -> where + ": " + value);
            case "array" -> ((JsonArray) value).forEach(v -> value(schema.getJsonObject("items"), v,
                    JsonSamples.argument(type, 0), where + "[]"));
            case "object" -> value.asJsonObject().values().forEach(v -> value(schema.getJsonObject("additionalProperties"),
                    v, JsonSamples.argument(type, 1), where + "{}"));
            default -> {
                // no type: any value
            }
        }
    }

    static List<String> names(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
