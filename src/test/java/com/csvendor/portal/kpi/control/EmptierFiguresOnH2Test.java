package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.kpi.entity.KpiField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row may not replace a figure already in the portal with no figure; one with every figure may. */
class EmptierFiguresOnH2Test {

    private static final String URL = "jdbc:h2:mem:emptier;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    private static final LocalDate D = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("filesystem:sql").load().migrate();
    }

    private static RowResolver.Resolved row(long number, long agent, LocalDate date, Long received, String sales) {
        KpiValues v = new KpiValues(number).set(KpiField.BUSINESS_DATE, date);
        if (received != null) {
            v.set(KpiField.RECEIVED, received);
        }
        if (sales != null) {
            v.set(KpiField.SALES_AMOUNT, new BigDecimal(sales));
        }
        return new RowResolver.Resolved(902, agent, v);
    }

    private void publish(Connection c, RowResolver.Resolved... rows) throws SQLException {
        Path path = dir.resolve("spool.rows");
        try (RowSpool s = RowSpool.open(path, 0)) {
            for (RowResolver.Resolved r : rows) {
                s.add(1, 78, r);
            }
            s.flush();
        }
        KpiTables tables = new KpiTables();
        tables.load(c, path);
        tables.rollUp(c, 78, new RowKeys.StoreDays(902, D, D.plusDays(3)));
    }

    @Test
    void onlyRowsThatWouldEmptyAStoredFigureAreProblemsNamingTheColumnTheDayAndTheFigure() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            publish(c, row(2, 20, D, 148L, "3456.00"), row(3, 21, D, 90L, null));
            Map<Long, RowProblem> found = new EmptierFigures(78).check(c, List.of(
                    row(2, 20, D, 150L, null),
                    row(3, 21, D, 95L, "10.00"),
                    row(4, 22, D, null, "5.00"),
                    row(5, 20, D.plusDays(1), null, "1.00")),
                    (row, f) -> f == KpiField.SALES_AMOUNT ? "客服销售额" : null);
            assertEquals(List.of(2L), List.copyOf(found.keySet()), "more figures, a new agent, a new day: fine");
            RowProblem p = found.get(2L);
            assertEquals("kpi.row.emptier", p.key());
            assertEquals("客服销售额", p.column());
            assertEquals(List.of("客服销售额", "2026-03-05", "3456.00"), List.of(p.arguments()));
        }
    }

    @Test
    void aFieldTheFileHasNoColumnForIsNamedByItsTemplateHeader() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            publish(c, row(2, 30, D.plusDays(2), 148L, "1.00"));
            RowProblem p = new EmptierFigures(78).check(c, List.of(row(2, 30, D.plusDays(2), null, "1.00")), (row, f) -> null)
                    .get(2L);
            assertNull(p.column());
            assertEquals("received", p.arguments()[0]);
        }
    }
}
