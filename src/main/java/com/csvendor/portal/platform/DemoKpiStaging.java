package com.csvendor.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Records a spooled demo report's counts, as a chunk of the import job does before the publish step. */
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
}
