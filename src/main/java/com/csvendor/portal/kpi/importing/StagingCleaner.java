package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.RowSpool;
import com.csvendor.portal.kpi.control.UploadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes a finished import's spool file ({@link RowSpool}): its rows are published or never will be. */
@ApplicationScoped
public class StagingCleaner {

    private static final Logger LOG = Logger.getLogger(StagingCleaner.class.getName());

    @Inject
    UploadStore uploads;

    public void clear(long importId) {
        try {
            RowSpool.delete(uploads.spool(importId));
        } catch (UncheckedIOException | SecurityException e) {
            // A spool is never read once its import is finished.
            LOG.log(Level.WARNING, "Could not delete the spool of KPI import " + importId, e);
        }
    }
}
