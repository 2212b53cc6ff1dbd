package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.ImportLimits;
import com.csvendor.portal.kpi.control.ImportProfileRepository;
import com.csvendor.portal.kpi.control.ImportScopeLoader;
import com.csvendor.portal.kpi.control.KpiImportRepository;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.ReportFile;
import com.csvendor.portal.kpi.control.ReportLayout;
import com.csvendor.portal.kpi.control.RowResolver;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.shared.BusinessException;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Opens the stored file, finds its header and profile and hands out its rows. A problem with the
 * file as a whole (encoding, not a table, no header) ends the reading; the publish step rejects
 * the import with it. The checkpoint is the number of the last row read; a restart skips to it.
 */
@Named
@Dependent
public class KpiReportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    KpiImportRepository imports;

    @Inject
    ImportScopeLoader scopes;

    @Inject
    UploadStore uploads;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportProfileRepository profiles;

    private ImportRun run;

    @Override
    public void open(Serializable checkpoint) {
        KpiImport kpiImport = imports.getImport(ImportRun.importId(job));
        run = new ImportRun(kpiImport.getId(), kpiImport.getVendorId());
        job.setTransientUserData(run);
        run.replaceEmptier = kpiImport.replacesEmptier();
        try {
            run.file = ReportFile.open(uploads.path(kpiImport.getStoredAs()), ImportLimits.defaults());
            run.layout = ReportLayout.detect(run.file, profiles.mappings(), kpiImport.getRequestedProfile());
            ledger.described(run.importId, run.layout.profile().code(), run.file.encoding(),
                    run.layout.unknownColumns());
            run.resolver = new RowResolver(
                    scopes.load(kpiImport.getVendorId(), kpiImport.getStoreId(), LocalDate.now(ContractService.BUSINESS_ZONE)),
                    header(KpiField.STORE), header(KpiField.AGENT_ACCOUNT), header(KpiField.BUSINESS_DATE));
            long skipTo = checkpoint == null ? 0 : (Long) checkpoint;
            while (run.lastRow < skipTo && readItem() != null) {
                // rows of chunks committed before the restart
            }
        } catch (BusinessException e) {
            run.fileProblem = e;
        }
    }

    private String header(KpiField field) {
        return run.layout.headerOf(field);
    }

    @Override
    public Object readItem() {
        if (run.fileProblem != null) {
            return null;
        }
        try {
            RawRow row = run.file.next();
            if (row != null) {
                run.lastRow = row.number();
            }
            return row;
        } catch (BusinessException e) {
            run.fileProblem = e;
            return null;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return run == null ? 0L : run.lastRow;
    }

    @Override
    public void close() {
        if (run != null && run.file != null) {
            run.file.close();
        }
    }
}
