package com.csvendor.portal.platform;

import static com.csvendor.portal.shared.Jsons.JSON;

import com.csvendor.portal.shared.Finding;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body against the Java type it is bound to, before JSON-B binds it, and
 * names every value it cannot take by its path ({@code [1].terms.period.end}) in plain words.
 * JSON-B alone wraps numbers too large for a {@code long} ({@code 18446744073709551617} becomes
 * 1), cuts fractions off whole numbers and answers its own internals; here such a value is an
 * error of its field. Properties the body does not have, or the type does not know, are left to
 * JSON-B and Bean Validation.
 */
public final class JsonBodyCheck {

    private static final Map<Class<?>, BigInteger[]> WHOLE = Map.of(
            long.class, range(Long.MIN_VALUE, Long.MAX_VALUE), Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE), Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            short.class, range(Short.MIN_VALUE, Short.MAX_VALUE), Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
            byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE), Byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE),
            BigInteger.class, new BigInteger[0]);

    private static final Map<Class<?>, Function<String, ?>> TEMPORAL = Map.of(
            LocalDate.class, LocalDate::parse, LocalTime.class, LocalTime::parse,
            LocalDateTime.class, LocalDateTime::parse, Instant.class, Instant::parse, YearMonth.class, YearMonth::parse);

    private static final Map<Class<?>, String> EXAMPLES = Map.of(
            LocalDate.class, "2026-03-01", LocalTime.class, "08:30", LocalDateTime.class, "2026-03-01T08:30",
            Instant.class, "2026-03-01T00:30:00Z", YearMonth.class, "2026-03");

    private JsonBodyCheck() {
    }

    /** The body as JSON, or the finding that names where it stops being JSON. */
    public static JsonValue parse(byte[] body) {
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
            long column = e.getLocation() == null ? 1 : e.getLocation().getColumnNumber();
            throw new UnreadableBody(List.of(new Finding("body", "json.syntax", String.valueOf(line),
                    String.valueOf(column))));
        } catch (jakarta.json.JsonException e) {
            throw new UnreadableBody(List.of(new Finding("body", "json.syntax", "1", "1")));
        }
    }

    /** Every value of the body that the type cannot take, each with its path. */
    public static List<Finding> check(JsonValue value, Type type) {
        List<Finding> findings = new ArrayList<>();
        check(value, type, "", findings);
        return findings;
    }

    private static void check(JsonValue value, Type type, String path, List<Finding> findings) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
        if (WHOLE.containsKey(raw)) {
            whole(value, raw, field, findings);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            if (decimal(value) == null) {
                findings.add(new Finding(field, "json.number"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                findings.add(new Finding(field, "json.boolean"));
            }
        } else if (raw == String.class || raw == Character.class || raw == char.class) {
            if (value instanceof JsonObject || value instanceof JsonArray) {
                findings.add(new Finding(field, "json.text"));
            }
        } else if (raw.isEnum()) {
            choice(value, raw, field, findings);
        } else if (TEMPORAL.containsKey(raw)) {
            temporal(value, raw, field, findings);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            list(value, type, raw, path, findings);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(value, type, path, findings);
        } else if (!raw.getName().startsWith("java.")) {
            object(value, raw, path, findings);
        }
    }

    private static void whole(JsonValue value, Class<?> raw, String field, List<Finding> findings) {
        BigDecimal number = decimal(value);
        BigInteger[] bounds = WHOLE.get(raw);
        if (number == null || number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            findings.add(new Finding(field, "json.wholeNumber"));
        } else if (bounds.length == 2 && (number.toBigInteger().compareTo(bounds[0]) < 0
                || number.toBigInteger().compareTo(bounds[1]) > 0)) {
            findings.add(new Finding(field, "json.range", bounds[0].toString(), bounds[1].toString()));
        }
    }

    /** The number a value stands for; JSON-B also takes numbers written as strings. */
    private static BigDecimal decimal(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            try {
                return new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static void choice(JsonValue value, Class<?> raw, String field, List<Finding> findings) {
        List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
            findings.add(new Finding(field, "json.choice", String.join(", ", names)));
        }
    }

    private static void temporal(JsonValue value, Class<?> raw, String field, List<Finding> findings) {
        try {
            if (value instanceof JsonString text) {
                TEMPORAL.get(raw).apply(text.getString());
                return;
            }
        } catch (DateTimeException e) {
            // reported below, with an example of the expected form
        }
        findings.add(new Finding(field, "json.temporal", EXAMPLES.get(raw)));
    }

    private static void list(JsonValue value, Type type, Class<?> raw, String path, List<Finding> findings) {
        if (!(value instanceof JsonArray array)) {
            findings.add(new Finding(path.isEmpty() ? "body" : path, "json.list"));
            return;
        }
        Type element = type instanceof GenericArrayType generic ? generic.getGenericComponentType()
                : raw.isArray() ? raw.getComponentType() : argument(type, 0);
        for (int i = 0; i < array.size(); i++) {
            check(array.get(i), element, path + "[" + i + "]", findings);
        }
    }

    private static void map(JsonValue value, Type type, String path, List<Finding> findings) {
        if (!(value instanceof JsonObject object)) {
            findings.add(new Finding(path.isEmpty() ? "body" : path, "json.object"));
            return;
        }
        object.forEach((key, member) -> check(member, argument(type, 1), child(path, key), findings));
    }

    private static void object(JsonValue value, Class<?> raw, String path, List<Finding> findings) {
        if (!(value instanceof JsonObject object)) {
            findings.add(new Finding(path.isEmpty() ? "body" : path, "json.object"));
            return;
        }
        Map<String, Type> properties = properties(raw);
        object.forEach((key, member) -> {
            if (properties.containsKey(key)) {
                check(member, properties.get(key), child(path, key), findings);
            }
        });
    }

    /** The properties JSON-B binds: a record's components, else the fields of the class and its superclasses. */
    private static Map<String, Type> properties(Class<?> raw) {
        if (raw.isRecord()) {
            return Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getGenericType));
        }
        Map<String, Type> properties = new java.util.HashMap<>();
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        return properties;
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static BigInteger[] range(long min, long max) {
        return new BigInteger[] {BigInteger.valueOf(min), BigInteger.valueOf(max)};
    }
}
