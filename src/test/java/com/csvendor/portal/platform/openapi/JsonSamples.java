package com.csvendor.portal.platform.openapi;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An instance of a transfer class with every field set (nested objects too, collections with one
 * element), so that JSON-B writes every property it knows: what the schema is compared with.
 */
final class JsonSamples {

    private JsonSamples() {
    }

    static Object of(Type type) {
        return of(type, 0);
    }

    private static Object of(Type type, int depth) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "x";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == short.class || raw == Short.class) {
            return (short) 1;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.5d;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("1.50");
        }
        if (raw == BigInteger.class) {
            return BigInteger.ONE;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2077, 3, 1);
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(8, 30);
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(2077, 3, 1, 8, 30);
        }
        if (raw == Instant.class) {
            return Instant.parse("2077-03-01T08:30:00Z");
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse("2077-03-01T08:30:00+08:00");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == Optional.class) {
            return Optional.ofNullable(of(argument(type, 0), depth));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Collection<Object> c = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            c.add(of(argument(type, 0), depth + 1));
            return c;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> m = new LinkedHashMap<>();
            m.put(of(argument(type, 0), depth + 1), of(argument(type, 1), depth + 1));
            return m;
        }
        if (depth > 6 || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            return null;
        }
        try {
            return raw.isRecord() ? record(raw, depth) : bean(raw, depth);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a sample of " + raw.getName(), e);
        }
    }

    private static Object record(Class<?> raw, int depth) throws ReflectiveOperationException {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = of(components[i].getGenericType(), depth + 1);
        }
        Constructor<?> canonical = raw.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    @SuppressWarnings("unchecked")
    private static Object bean(Class<?> raw, int depth) throws ReflectiveOperationException {
        Constructor<?> constructor = raw.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object bean = constructor.newInstance();
        for (Class<?> c = raw; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                f.setAccessible(true);
                Object sample = of(f.getGenericType(), depth + 1);
                if (Modifier.isFinal(f.getModifiers())) {
                    if (f.get(bean) instanceof Collection<?> existing && sample instanceof Collection<?> one) {
                        ((Collection<Object>) existing).addAll(one);
                    }
                } else {
                    f.set(bean, sample);
                }
            }
        }
        return bean;
    }

    static Class<?> raw(Type type) {
        return Schemas.raw(type);
    }

    static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    static List<Type> arguments(Type type) {
        return type instanceof ParameterizedType p ? List.of(p.getActualTypeArguments()) : List.of();
    }
}
