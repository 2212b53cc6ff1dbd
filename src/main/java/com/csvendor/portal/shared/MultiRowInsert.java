package com.csvendor.portal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts many rows with a few native {@code INSERT … VALUES (…), (…), …} statements in the caller's
 * transaction: one round trip per {@link #ROWS} rows where an entity with an IDENTITY key is inserted
 * one by one, each insert followed by a query for its key. Works on MariaDB/MySQL and on H2 in
 * MySQL mode. A null value is written as the literal NULL (no typed null parameter needed).
 * The statements go to the transaction's JDBC connection ({@code em.unwrap(Connection.class)}, after a
 * flush, as a native query would do): EclipseLink binds a native query's positional parameters by
 * searching its list of them once per parameter, which for a part's 10,000 values cost more CPU than
 * the rest of a month's first SLA evaluation.
 */
public final class MultiRowInsert {

    /** Rows per statement: with 20 columns, 10,000 parameters, far below any bind-parameter limit. */
    static final int ROWS = 500;

    private MultiRowInsert() {
    }

    /** One statement: its SQL, with JDBC parameters {@code ?}, and their values in order. */
    record Part(String sql, List<Object> values) {
    }

    /**
     * Inserts {@code rows} into {@code table (columns)}, each row's values (in the columns' order) given
     * by {@code values}; answers the rows inserted.
     */
    public static <T> int insert(EntityManager em, String table, List<String> columns, List<T> rows,
            Function<T, Object[]> values) {
        List<Part> parts = parts(table, columns, rows, values);
        if (parts.isEmpty()) {
            return 0;
        }
        em.flush();
        try {
            return execute(em.unwrap(Connection.class), parts);
        } catch (SQLException e) {
            throw new PersistenceException("INSERT INTO " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** The same on a connection the caller holds (the KPI import's, in its transaction). */
    public static <T> int insert(Connection c, String table, List<String> columns, List<T> rows,
            Function<T, Object[]> values) throws SQLException {
        return execute(c, parts(table, columns, rows, values));
    }

    private static int execute(Connection c, List<Part> parts) throws SQLException {
        int inserted = 0;
        for (Part part : parts) {
            try (PreparedStatement insert = c.prepareStatement(part.sql())) {
                for (int i = 0; i < part.values().size(); i++) {
                    insert.setObject(i + 1, part.values().get(i));
                }
                inserted += insert.executeUpdate();
            }
        }
        return inserted;
    }

    /** The statements inserting the rows, {@link #ROWS} rows each. */
    static <T> List<Part> parts(String table, List<String> columns, List<T> rows, Function<T, Object[]> values) {
        List<Part> out = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS) {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", columns)).append(") VALUES ");
            List<Object> bound = new ArrayList<>();
            for (int r = from; r < Math.min(rows.size(), from + ROWS); r++) {
                Object[] row = values.apply(rows.get(r));
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns.size()
                            + " columns");
                }
                sql.append(r == from ? "(" : ", (");
                for (int i = 0; i < row.length; i++) {
                    sql.append(i == 0 ? "" : ", ");
                    if (row[i] == null) {
                        sql.append("NULL");
                    } else {
                        bound.add(row[i]);
                        sql.append('?');
                    }
                }
                sql.append(')');
            }
            out.add(new Part(sql.toString(), bound));
        }
        return out;
    }
}
