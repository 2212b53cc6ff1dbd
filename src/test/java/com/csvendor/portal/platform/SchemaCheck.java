package com.csvendor.portal.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the columns the JPA mappings expect with the columns the database has. Pure, so that
 * its failure messages are tested without a database ({@code SchemaCheckTest}); {@code SchemaIT}
 * feeds it the EclipseLink descriptors and {@code information_schema}. Names compare the way
 * MariaDB on Linux does: table names case-sensitively, column names not.
 */
final class SchemaCheck {

    /** A column some mapping reads or writes; {@code origin} names the mapping for the message. */
    record Expected(String table, String column, boolean notNull, String origin) {
    }

    record Actual(String table, String column, boolean nullable) {
    }

    private SchemaCheck() {
    }

    /** Every disagreement, one line each, starting with {@code table.column}; empty when all agree. */
    static List<String> problems(Collection<Expected> expected, Collection<Actual> actual) {
        Map<String, Actual> columns = actual.stream()
                .collect(Collectors.toMap(a -> key(a.table(), a.column()), Function.identity(), (a, b) -> a));
        Set<String> tables = actual.stream().map(a -> unquote(a.table())).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            String table = unquote(e.table());
            String name = table + "." + unquote(e.column());
            Actual found = columns.get(key(e.table(), e.column()));
            if (!tables.contains(table)) {
                problems.add(name + ": table " + table + " does not exist (mapped by " + e.origin() + ")");
            } else if (found == null) {
                problems.add(name + ": column does not exist (mapped by " + e.origin() + ")");
            } else if (e.notNull() && found.nullable()) {
                problems.add(name + ": column allows NULL but " + e.origin() + " requires a value");
            }
        }
        return problems.stream().distinct().sorted().toList();
    }

    private static String key(String table, String column) {
        return unquote(table) + "." + unquote(column).toLowerCase(Locale.ROOT);
    }

    private static String unquote(String identifier) {
        String s = identifier.strip();
        boolean quoted = s.length() > 1 && (s.startsWith("`") && s.endsWith("`") || s.startsWith("\"") && s.endsWith("\""));
        return quoted ? s.substring(1, s.length() - 1) : s;
    }
}
