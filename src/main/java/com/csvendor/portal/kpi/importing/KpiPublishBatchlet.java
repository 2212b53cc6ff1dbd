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
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last step: an import whose file and every row were valid is published in one transaction;
 * otherwise it is rejected and nothing of it becomes visible. Its spool is deleted after.
 */
@Named
@Dependent
public class KpiPublishBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(KpiPublishBatchlet.class.getName());

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
            RowSpool.keys(spool, length, k -> rebuilt.add(k.storeId(), k.agentId(), k.date()));
            keys = rebuilt;
        }
        try {
            if (!publishedFollowing(run, id, spool, keys)) {
                ledger.finish(id, run == null ? null : run.fileProblem, new ImportLedger.Spooled(spool, keys.storeDays(),
                        run == null ? null : run.sums));
            }
        } finally {
            ImportRun.release(run);
        }
        cleaner.clear(id);
        return "DONE";
    }

    /**
     * Ends the load that followed the spool (if one did): completes it when the import is to be
     * published and answers whether it was; otherwise aborts it (its rows roll back) and answers
     * false, and so does a load that failed — then {@link ImportLedger#finish} rejects the import,
     * or publishes it from the spool after all.
     */
    private boolean publishedFollowing(ImportRun run, long id, Path spool, RowKeys keys) throws IOException {
        if (run == null || run.tail == null) {
            return false;
        }
        boolean publishable = ledger.publishable(id, run.fileProblem);
        if (publishable) {
            run.tail.complete(Files.size(spool), keys.storeDays(), run.sums);
        } else {
            run.tail.abort("not publishable");
        }
        try {
            run.following.get();
            return publishable;
        } catch (ExecutionException e) {
            if (publishable) {
                LOG.log(Level.WARNING, "KPI import " + id + ": the load while reading failed; publishing from the spool",
                        e.getCause());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing KPI import " + id, e);
        }
    }
}
