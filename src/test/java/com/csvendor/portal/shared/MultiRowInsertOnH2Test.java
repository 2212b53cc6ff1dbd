package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The multi-row INSERTs run on the embedded H2 in MySQL mode (MariaDB runs them in the ITs): every
 * row arrives once, in statements of at most 500 rows, nulls as NULL, the positional parameters
 * numbered without gaps across the rows.
 */
class MultiRowInsertOnH2Test {

    private static final String URL = "jdbc:h2:mem:multirow;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    record Row(int no, String name, BigDecimal amount, LocalDate day) {
    }

    @Test
    void insertsEveryRowOnceWithNullsInPartsOf500() throws SQLException {
        List<Row> rows = new ArrayList<>();
        IntStream.rangeClosed(1, 1_201).forEach(i -> rows.add(new Row(i, i % 3 == 0 ? null : "n" + i,
                i % 7 == 0 ? null : new BigDecimal(i + ".25"), LocalDate.of(2026, 10, 1).plusDays(i % 31))));
        List<MultiRowInsert.Part> parts = MultiRowInsert.parts("multi_row", List.of("no", "name", "amount", "on_day"),
                rows, r -> new Object[] {r.no(), r.name(), r.amount(), r.day()});
        assertEquals(3, parts.size());
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement().execute("CREATE TABLE multi_row (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " no INT NOT NULL, name VARCHAR(10), amount DECIMAL(10, 2), on_day DATE NOT NULL)");
            int inserted = 0;
            for (MultiRowInsert.Part p : parts) {
                try (PreparedStatement ps = c.prepareStatement(p.sql())) {
                    for (int i = 0; i < p.values().size(); i++) {
                        ps.setObject(i + 1, p.values().get(i));
                    }
                    inserted += ps.executeUpdate();
                }
            }
            assertEquals(1_201, inserted);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT no), COUNT(name),"
                    + " COUNT(amount), SUM(amount) FROM multi_row")) {
                rs.next();
                assertEquals(1_201, rs.getInt(1));
                assertEquals(1_201, rs.getInt(2));
                assertEquals(1_201 - 400, rs.getInt(3));
                assertEquals(1_201 - 171, rs.getInt(4));
                BigDecimal expected = rows.stream().map(Row::amount).filter(a -> a != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, expected.compareTo(rs.getBigDecimal(5)));
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT name, amount, on_day FROM multi_row WHERE no = 21")) {
                rs.next();
                assertNull(rs.getString(1));
                assertNull(rs.getBigDecimal(2));
                assertEquals(LocalDate.of(2026, 10, 22), rs.getObject(3, LocalDate.class));
            }
        }
    }

    @Test
    void refusesARowWithTheWrongNumberOfValues() {
        assertThrows(IllegalArgumentException.class, () -> MultiRowInsert.parts("t", List.of("a", "b"),
                List.of(1), r -> new Object[] {r}));
    }

    @Test
    void nothingToInsertIsNoStatement() {
        assertEquals(List.of(), MultiRowInsert.parts("t", List.of("a"), List.<Integer>of(), r -> new Object[] {r}));
    }
}
