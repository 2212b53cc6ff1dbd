package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.RowKeys;
import com.csvendor.portal.kpi.control.RowSpool;
import com.csvendor.portal.kpi.control.UploadStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The last step: an import whose file and every row were valid is published in one transaction;
 * otherwise it is rejected and nothing of it becomes visible. Its spool is deleted after.
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

    @Inject
    UploadStore uploads;

    @Override
    public String process() throws IOException {
        ImportRun run = ImportRun.of(job);
        long id = ImportRun.importId(job);
        Path spool = uploads.spool(id);
        RowKeys keys = run == null ? null : run.keys;
        if (keys == null) {
            // A restart at this step: the chunk step's keys are gone, the spool has them.
            RowKeys rebuilt = new RowKeys();
            long length = Files.exists(spool) ? Files.size(spool) : 0;
            RowSpool.keys(spool, length, k -> rebuilt.accept(k.storeId(), k.agentId(), k.date(), k.row()));
            keys = rebuilt;
        }
        try {
            ledger.finish(id, run == null ? null : run.fileProblem, new ImportLedger.Spooled(spool, keys.storeDays(),
                    run == null ? null : run.sums));
        } finally {
            ImportRun.release(run);
        }
        cleaner.clear(id);
        return "DONE";
    }
}
