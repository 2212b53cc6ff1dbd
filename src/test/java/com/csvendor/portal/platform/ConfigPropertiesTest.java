package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.ClassScan;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Config treats an empty value as missing: {@code defaultValue = ""} on a plain
 * {@code String} fails the whole deployment ("No value present") wherever the setting is not given.
 * An optional setting is an {@code Optional<String>}.
 */
class ConfigPropertiesTest {

    @Test
    void noConfigPropertyHasAnEmptyDefault() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> c : ClassScan.all()) {
            for (Field f : c.getDeclaredFields()) {
                check(f.getAnnotation(ConfigProperty.class), c.getName() + "." + f.getName(), wrong);
            }
            Stream.concat(Stream.of(c.getDeclaredConstructors()), Stream.of(c.getDeclaredMethods()))
                    .forEach((Executable e) -> {
                        for (Parameter p : e.getParameters()) {
                            check(p.getAnnotation(ConfigProperty.class), c.getName() + "." + e.getName(), wrong);
                        }
                    });
        }
        assertEquals(List.of(), wrong, "@ConfigProperty with defaultValue \"\" (use Optional<String>)");
    }

    private static void check(ConfigProperty property, String where, List<String> wrong) {
        if (property != null && property.defaultValue().isEmpty()) {
            wrong.add(where + " (" + property.name() + ")");
        }
    }
}
