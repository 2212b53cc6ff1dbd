package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ImportLedger;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The last step: an import whose file and every row were valid is published in one transaction;
 * otherwise it is rejected and nothing of it becomes visible. Its staging rows are cleared after.
 */
@Named
@Dependent
public class KpiPublishBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Inject
    StagingCleaner cleaner;

    @Override
    public String process() {
        ImportRun run = ImportRun.of(job);
        long id = ImportRun.importId(job);
        ledger.finish(id, run == null ? null : run.fileProblem);
        cleaner.clear(id);
        return "DONE";
    }
}
