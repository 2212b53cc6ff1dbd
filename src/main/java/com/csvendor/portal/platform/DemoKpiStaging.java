package com.csvendor.portal.platform;

import com.csvendor.portal.shared.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Records a spooled demo report's counts, as a chunk of the import job does before the publish step,
 * and dates its receipts in the daily-report ledger as a vendor reporting on time would have.
 */
@ApplicationScoped
public class DemoKpiStaging {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Transactional
    public void counted(long importId, long read, long spooled, long skipped) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE kpi_import SET rows_read = ?, rows_imported = ?,"
                        + " rows_skipped = ?, progress = 0.9999, version = version + 1 WHERE id = ?")) {
            ps.setLong(1, read);
            ps.setLong(2, spooled);
            ps.setLong(3, skipped);
            ps.setLong(4, importId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the counts of demo KPI report " + importId, e);
        }
    }

    /**
     * Each day the import brought is received the next morning, Beijing time (09:00 plus
     * {@code minutes}), before the default due time of 12:00 — not when the demo was seeded, which
     * would make every demo day read late — and never after {@code now}.
     */
    @Transactional
    public void receivedOnTime(long importId, int minutes, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement days = c.prepareStatement("SELECT business_date FROM kpi_report_day WHERE import_id = ?");
                PreparedStatement stamp = c.prepareStatement("UPDATE kpi_report_day SET received_at = ?"
                        + " WHERE import_id = ? AND business_date = ?")) {
            days.setLong(1, importId);
            try (ResultSet rs = days.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getDate(1).toLocalDate();
                    Instant morning = day.plusDays(1).atTime(LocalTime.of(9, 0).plusMinutes(minutes))
                            .atZone(BusinessTime.ZONE).toInstant();
                    Instant at = morning.isAfter(now) ? now : morning;
                    stamp.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                    stamp.setLong(2, importId);
                    stamp.setDate(3, Date.valueOf(day));
                    stamp.addBatch();
                }
            }
            stamp.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Dating the receipts of demo KPI report " + importId, e);
        }
    }
}
