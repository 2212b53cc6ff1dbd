package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.StagingRows;
import com.csvendor.portal.platform.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Deletes a finished import's staging rows in small transactions (a million-row delete in one would be slow and large). */
@ApplicationScoped
public class StagingCleaner {

    private static final Logger LOG = Logger.getLogger(StagingCleaner.class.getName());
    private static final int BATCH = 20_000;

    @Inject
    ImportLedger ledger;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    public void clear(long importId) {
        try {
            boolean mysql;
            try (Connection c = dataSource.getConnection()) {
                mysql = StagingRows.isMySql(c);
            }
            int deleted;
            do {
                deleted = ledger.clearStaging(importId, mysql, BATCH);
            } while (mysql && deleted == BATCH);
        } catch (RuntimeException | SQLException e) {
            // Staged rows are never read once the import is finished; the next sweep tries again.
            LOG.log(Level.WARNING, "Could not clear the staging rows of KPI import " + importId, e);
        }
    }
}
