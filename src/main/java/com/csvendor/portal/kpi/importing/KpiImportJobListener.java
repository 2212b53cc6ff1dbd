package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ImportLedger;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Marks the import running when the job starts, and failed if the job ends without publishing or rejecting it. */
@Named
@Dependent
public class KpiImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(KpiImportJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Inject
    StagingCleaner cleaner;

    @Override
    public void beforeJob() {
        ledger.started(ImportRun.importId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        ImportRun run = ImportRun.of(job);
        BatchStatus status = job.getBatchStatus();
        if (run != null && run.tail != null) {
            // A job that failed before its publish step: the load that followed the spool rolls back.
            run.tail.abort("job ended " + status);
        }
        ImportRun.release(run);
        long id = ImportRun.importId(job);
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
            if (ledger.fail(id, "kpi.import.failed", job.getExitStatus() == null ? status : job.getExitStatus())) {
                LOG.warning(() -> "KPI import " + id + " ended " + status + "; marked failed, nothing published");
                cleaner.clear(id);
            }
        }
    }
}
