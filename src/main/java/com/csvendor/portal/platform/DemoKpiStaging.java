package com.csvendor.portal.platform;

import com.csvendor.portal.kpi.control.RowResolver;
import com.csvendor.portal.kpi.control.StagingRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Stages a demo report's rows and records its counts in one transaction, as a chunk of the import job does. */
@ApplicationScoped
public class DemoKpiStaging {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Transactional
    public void stage(long importId, long vendorId, List<RowResolver.Resolved> rows, long read, long skipped) {
        try (Connection c = dataSource.getConnection()) {
            if (!new StagingRows().write(c, importId, vendorId, rows).isEmpty()) {
                throw new IllegalStateException("Demo KPI report " + importId + " has an agent twice on a day");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE kpi_import SET rows_read = ?, rows_imported = ?,"
                    + " rows_skipped = ?, progress = 0.9999, version = version + 1 WHERE id = ?")) {
                ps.setLong(1, read);
                ps.setLong(2, rows.size());
                ps.setLong(3, skipped);
                ps.setLong(4, importId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Staging demo KPI report " + importId, e);
        }
    }
}
