package com.csvendor.portal.platform.openapi;

import java.io.InputStream;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of Java types as the REST API (JSON-B) writes and reads them, each class and enum
 * once as a named component. Names are the class's simple name, a nested class prefixed with the
 * classes it sits in ({@code AgentViewAccount}), so two classes never share a schema.
 */
final class Schemas {

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    /** The schema of a value of this type: inline for scalars and containers, a reference for classes and enums. */
    Schema of(AnnotatedType type) {
        Type t = type.getType();
        Class<?> raw = raw(t);
        if (raw == Optional.class) {
            return of(((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0]);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray() && raw != byte[].class) {
            AnnotatedType item = type instanceof AnnotatedParameterizedType p ? p.getAnnotatedActualTypeArguments()[0]
                    : ((AnnotatedArrayType) type).getAnnotatedGenericComponentType();
            Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(Constraints.apply(of(item), item));
            return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            AnnotatedType value = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[1];
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(value));
        }
        Schema scalar = scalar(raw);
        return scalar != null ? scalar : reference(raw);
    }

    Schema of(Class<?> type) {
        Schema scalar = scalar(type);
        return scalar != null ? scalar : reference(type);
    }

    /** Every component the schemas handed out refer to, by name. */
    Map<String, Schema> components() {
        return components;
    }

    private Schema reference(Class<?> type) {
        String name = names.get(type);
        if (name == null) {
            name = nameOf(type);
            names.put(type, name);
            Schema component = OASFactory.createSchema();
            components.put(name, component);
            if (type.isEnum()) {
                component.type(SchemaType.STRING).enumeration(Arrays.stream(type.getEnumConstants())
                        .map(c -> (Object) ((Enum<?>) c).name()).toList());
            } else {
                ClassSchema.describe(component, type, this);
            }
            Documentation.apply(component, type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class));
        }
        return OASFactory.createSchema().ref(name);
    }

    private String nameOf(Class<?> type) {
        String name = type.getSimpleName();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + name;
        }
        if (components.containsKey(name)) {
            String[] packages = type.getPackageName().split("\\.");
            name = Character.toUpperCase(packages[3].charAt(0)) + packages[3].substring(1) + name;
        }
        if (components.containsKey(name)) {
            throw new IllegalStateException("two classes would share the schema name " + name + ": " + type.getName());
        }
        return name;
    }

    private static Schema scalar(Class<?> type) {
        if (type.isEnum()) {
            return null;
        }
        Schema s = OASFactory.createSchema();
        if (type == String.class || type == char.class || type == Character.class) {
            return s.type(SchemaType.STRING);
        }
        if (type == boolean.class || type == Boolean.class) {
            return s.type(SchemaType.BOOLEAN);
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class
                || type == byte.class || type == Byte.class) {
            return s.type(SchemaType.INTEGER).format("int32");
        }
        if (type == long.class || type == Long.class) {
            return s.type(SchemaType.INTEGER).format("int64");
        }
        if (type == BigInteger.class) {
            return s.type(SchemaType.INTEGER);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return s.type(SchemaType.NUMBER).format(type == float.class || type == Float.class ? "float" : "double");
        }
        if (type == BigDecimal.class) {
            return s.type(SchemaType.NUMBER);
        }
        if (type == byte[].class || InputStream.class.isAssignableFrom(type)) {
            return s.type(SchemaType.STRING).format("binary");
        }
        if (Temporal.class.isAssignableFrom(type) || type.getName().startsWith("java.time.")) {
            return temporal(type, s);
        }
        if (type == Object.class || type.getName().startsWith("jakarta.json.")) {
            return s;
        }
        return null;
    }

    /** JSON-B writes java.time as ISO-8601 text; only an instant and an offset date-time are RFC 3339 date-times. */
    private static Schema temporal(Class<?> type, Schema s) {
        s.type(SchemaType.STRING);
        if (type == LocalDate.class) {
            return s.format("date").example("2026-03-01");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return s.format("date-time").example("2026-03-01T08:30:00Z");
        }
        if (type == LocalTime.class) {
            return s.pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$").example("08:00:00");
        }
        if (type == LocalDateTime.class) {
            return s.pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$").example("2026-03-01T08:30:00");
        }
        return s;
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
