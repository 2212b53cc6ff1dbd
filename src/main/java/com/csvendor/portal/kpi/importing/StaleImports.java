package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.KpiImportRepository;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.InstanceName;
import com.csvendor.portal.platform.OncePerCluster;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Nothing stays "running" after its job is gone. At start-up, executions this instance's job
 * repository still lists as running were cut off by a crash (nothing runs yet): they are stopped
 * and their imports marked failed; so are the imports still queued or running under this
 * instance's {@link InstanceName name} (the job repository may have been lost with the crash, as
 * Payara Micro keeps it in a temporary folder). Every minute, imports whose job has not written a chunk for
 * {@code portal.kpi.stale-after-seconds} (another instance that died) are marked failed too, by one
 * instance of the cluster ({@link OncePerCluster}; marking an import failed twice changes nothing). At
 * shutdown, running jobs are stopped and their imports marked failed. A failed import publishes
 * nothing and can be run again.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleImports {

    private static final Logger LOG = Logger.getLogger(StaleImports.class.getName());
    /** Every minute: a sweep takes seconds, and the next minute's trigger must find the lock free. */
    static final ClusterJob SWEEP = new ClusterJob("stale-import-sweep", Duration.ofSeconds(50),
            Duration.ofSeconds(20));

    @Inject
    KpiImportRepository imports;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportJobs jobs;

    @Inject
    StagingCleaner cleaner;

    @Inject
    @ConfigProperty(name = "portal.kpi.stale-after-seconds", defaultValue = "300")
    long staleAfterSeconds;

    @Inject
    Clock clock;

    @Inject
    InstanceName instance;

    @Inject
    OncePerCluster cluster;

    @PostConstruct
    void atStartUp() {
        stopRunning("kpi.import.interrupted");
        failOwnUnfinished();
        sweep();
    }

    /** At start-up nothing of this instance runs yet: what is still unfinished under its name died with it. */
    void failOwnUnfinished() {
        try {
            imports.findUnfinishedOf(instance.get()).forEach(i -> failed(i.getId(), "kpi.import.interrupted"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look up this instance's unfinished KPI imports", e);
        }
    }

    /** Marks imports failed whose job has been silent for longer than the limit. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void sweep() {
        try {
            cluster.run(SWEEP, this::failStale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The sweep of silent KPI imports failed", e);
        }
    }

    private void failStale() {
        List<KpiImport> stale = imports.findStale(clock.instant().minus(Duration.ofSeconds(staleAfterSeconds)));
        stale.forEach(i -> failed(i.getId(), "kpi.import.interrupted"));
    }

    @PreDestroy
    void atShutdown() {
        stopRunning("kpi.import.shutdown");
    }

    /** Stops the executions this instance's job repository lists as running; their imports fail with the key. */
    private void stopRunning(String key) {
        try {
            for (ImportJobs.Running r : jobs.running()) {
                jobs.stop(r.executionId());
                failed(r.importId(), key);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop the running KPI imports (" + key + ")", e);
        }
    }

    private void failed(long importId, String key) {
        try {
            if (importId >= 0 && ledger.fail(importId, key)) {
                LOG.warning(() -> "KPI import " + importId + " was interrupted; marked failed, nothing published");
                cleaner.clear(importId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mark KPI import " + importId + " failed", e);
        }
    }
}
