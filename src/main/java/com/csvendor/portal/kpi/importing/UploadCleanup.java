package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.StoredUploads;
import com.csvendor.portal.kpi.control.UploadRetention;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.OncePerCluster;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night deletes the stored copies of uploads past {@code portal.upload.retention-days}
 * ({@link UploadRetention}) and notes it on their import records, which stay with the file's name,
 * size and SHA-256. With several instances one of them runs it ({@link OncePerCluster}, the uploads
 * directory being shared); running it twice deletes nothing twice.
 */
@Stateless
public class UploadCleanup {

    private static final Logger LOG = Logger.getLogger(UploadCleanup.class.getName());
    static final ClusterJob JOB = new ClusterJob("upload-cleanup", Duration.ofHours(1), Duration.ofMinutes(5));

    @Inject
    StoredUploads stored;

    @Inject
    UploadStore uploads;

    @Inject
    @ConfigProperty(name = "portal.upload.retention-days", defaultValue = "180")
    int retentionDays;

    @Inject
    Clock clock;

    @Inject
    OncePerCluster cluster;

    @Resource
    SessionContext context;

    @Schedule(hour = "3", minute = "40", timezone = BusinessTime.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        UploadCleanup self = context.getBusinessObject(UploadCleanup.class);
        cluster.run(JOB, self::removeExpired);
    }

    /** One transaction for the notes on the import records; a file deleted before a rollback is gone all the same. */
    public void removeExpired() {
        Instant now = clock.instant();
        UploadRetention retention = new UploadRetention(retentionDays);
        int removed = 0;
        for (StoredUploads.Copy copy : stored.olderThan(retention.cutoff(now))) {
            if (retention.expired(copy.newestUpload(), copy.states(), now)) {
                uploads.delete(copy.storedAs());
                stored.markRemoved(copy.storedAs(), now);
                removed++;
            }
        }
        LOG.log(Level.INFO, "Upload retention ({0} days): {1} stored copies removed", new Object[] {retentionDays,
                removed});
    }
}
