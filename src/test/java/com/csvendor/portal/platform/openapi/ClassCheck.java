package com.csvendor.portal.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One component schema against its class, with JSON-B itself as the judge: Yasson writes an
 * instance with every field set, and the schema must have exactly the properties written (with
 * matching types and values) plus the write-only ones; Yasson, refusing unknown properties, must
 * read back every property the schema does not mark read-only. Required are the properties the
 * server insists on ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) and primitives.
 */
final class ClassCheck {

    private static final Jsonb WRITER = JsonbBuilder.create();
    private static final Jsonb STRICT_READER = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    private final SchemaMatcher matcher;
    private final String name;
    private final Class<?> type;

    ClassCheck(SchemaMatcher matcher, String name, Class<?> type) {
        this.matcher = matcher;
        this.name = name;
        this.type = type;
    }

    void run() {
        JsonObject schema = matcher.component(name);
        JsonObject properties = schema.getJsonObject("properties");
        assertNotNull(properties, () -> name + " has no properties");
        JsonObject written = written();
        for (String key : written.keySet()) {
            JsonObject property = properties.getJsonObject(key);
            assertNotNull(property, () -> type.getName() + "." + key + " is written by JSON-B but missing from " + name);
            matcher.match(property, javaType(key), name + "." + key);
            matcher.value(property, written.get(key), javaType(key), name + "." + key);
        }
        Set<String> writeOnly = new TreeSet<>();
        for (String key : properties.keySet()) {
            JsonObject property = properties.getJsonObject(key);
            if (property.getBoolean("writeOnly", false)) {
                writeOnly.add(key);
                matcher.match(property, javaType(key), name + "." + key);
            } else {
                assertTrue(written.containsKey(key), () -> name + "." + key + " is documented but JSON-B writes no such"
                        + " property of " + type.getName());
            }
        }
        readsBack(written, properties);
        assertEquals(expectedRequired(properties.keySet()), new TreeSet<>(SchemaMatcher.names(schema.getJsonArray("required"))),
                () -> name + ": required properties");
    }

    /** Pairs the components the properties refer to with the properties' classes (to check those too). */
    void matchPropertyTypes() {
        JsonObject properties = matcher.component(name).getJsonObject("properties");
        if (properties != null) {
            properties.forEach((key, property) -> matcher.match(property.asJsonObject(), javaType(key), name + "." + key));
        }
    }

    private JsonObject written() {
        Object sample = JsonSamples.of(type);
        try (JsonReader reader = Json.createReader(new StringReader(WRITER.toJson(sample)))) {
            return reader.readObject();
        }
    }

    private void readsBack(JsonObject written, JsonObject properties) {
        JsonObjectBuilder input = Json.createObjectBuilder();
        written.forEach((key, value) -> {
            if (!properties.getJsonObject(key).getBoolean("readOnly", false)) {
                input.add(key, value);
            }
        });
        String json = input.build().toString();
        try {
            STRICT_READER.fromJson(json, type);
        } catch (RuntimeException e) {
            throw new AssertionError(name + ": JSON-B does not read " + json + " as " + type.getName(), e);
        }
    }

    private Set<String> expectedRequired(Set<String> properties) {
        Set<String> required = new TreeSet<>();
        for (String key : properties) {
            Type t = javaType(key);
            boolean primitive = t instanceof Class<?> c && c.isPrimitive();
            if (primitive || annotated(key, NotNull.class) || annotated(key, NotBlank.class) || annotated(key, NotEmpty.class)) {
                required.add(key);
            }
        }
        return required;
    }

    private boolean annotated(String key, Class<? extends Annotation> kind) {
        return elements(key).stream().anyMatch(e -> e.isAnnotationPresent(kind));
    }

    private Type javaType(String key) {
        for (AnnotatedElement e : elements(key)) {
            if (e instanceof RecordComponent c) {
                return c.getGenericType();
            }
            if (e instanceof Field f) {
                return f.getGenericType();
            }
            if (e instanceof Method m) {
                return m.getParameterCount() == 0 ? m.getGenericReturnType() : m.getGenericParameterTypes()[0];
            }
        }
        throw new AssertionError(type.getName() + " has no field, component or accessor for " + key);
    }

    /** The record component, fields and accessors that may carry the property's annotations. */
    private List<AnnotatedElement> elements(String key) {
        List<AnnotatedElement> found = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(key)) {
                    found.add(c);
                }
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(key)) {
                    found.add(f);
                }
            }
        }
        String suffix = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        for (Method m : type.getMethods()) {
            if (List.of("get" + suffix, "is" + suffix).contains(m.getName()) && m.getParameterCount() == 0
                    || m.getName().equals("set" + suffix) && m.getParameterCount() == 1) {
                found.add(m);
            }
        }
        return found;
    }
}
