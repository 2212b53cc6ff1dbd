package com.csvendor.portal.platform.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON properties of a class as JSON-B (Yasson, with the default configuration the REST API
 * uses) reads and writes them: a record's components; otherwise public fields and public
 * getters ({@code getX}, {@code isX}) and setters, a private field counting through its accessors.
 * Static and transient fields are no properties. The portal uses no JSON-B annotations; this class
 * would have to honour {@code @JsonbProperty}/{@code @JsonbTransient} the day one is added, and
 * {@code OpenApiSchemasTest} serializes every class with Yasson to catch the difference.
 */
final class JsonProperties {

    /** One property: its JSON name and type, where its annotations may sit, and its direction. */
    record Property(String name, AnnotatedType type, List<AnnotatedElement> sources, boolean readable,
            boolean writable) {

        <A extends Annotation> Optional<A> annotation(Class<A> kind) {
            if (type.isAnnotationPresent(kind)) {
                return Optional.of(type.getAnnotation(kind));
            }
            return sources.stream().filter(s -> s.isAnnotationPresent(kind)).map(s -> s.getAnnotation(kind)).findFirst();
        }

        boolean has(Class<? extends Annotation> kind) {
            return annotation(kind).isPresent();
        }
    }

    private JsonProperties() {
    }

    static List<Property> of(Class<?> type) {
        if (type.isRecord()) {
            List<Property> properties = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                properties.add(new Property(c.getName(), c.getAnnotatedType(), List.of(c, c.getAccessor()), true, true));
            }
            return properties;
        }
        Map<String, Builder> found = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                    Builder b = found.computeIfAbsent(f.getName(), Builder::new);
                    b.sources.add(f);
                    b.type = b.type == null ? f.getAnnotatedType() : b.type;
                    b.readable |= Modifier.isPublic(m);
                    b.writable |= Modifier.isPublic(m) && !Modifier.isFinal(m);
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.isBridge()) {
                continue;
            }
            String name = m.getName();
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && accessor(name) != null) {
                Builder b = found.computeIfAbsent(accessor(name), Builder::new);
                b.sources.add(m);
                b.type = m.getAnnotatedReturnType();
                b.readable = true;
            } else if (m.getParameterCount() == 1 && name.startsWith("set") && name.length() > 3) {
                Builder b = found.computeIfAbsent(decapitalize(name.substring(3)), Builder::new);
                b.sources.add(m);
                b.type = b.type == null ? m.getAnnotatedParameterTypes()[0] : b.type;
                b.writable = true;
            }
        }
        return found.values().stream().filter(b -> b.readable || b.writable)
                .map(b -> new Property(b.name, b.type, List.copyOf(b.sources), b.readable, b.writable)).toList();
    }

    private static String accessor(String method) {
        if (method.startsWith("get") && method.length() > 3) {
            return decapitalize(method.substring(3));
        }
        return method.startsWith("is") && method.length() > 2 ? decapitalize(method.substring(2)) : null;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static final class Builder {
        final String name;
        final List<AnnotatedElement> sources = new ArrayList<>();
        AnnotatedType type;
        boolean readable;
        boolean writable;

        Builder(String name) {
            this.name = name;
        }
    }
}
