package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.ImportLimits;
import com.csvendor.portal.kpi.control.ImportProfileRepository;
import com.csvendor.portal.kpi.control.ImportScopeLoader;
import com.csvendor.portal.kpi.control.KpiImportRepository;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.ReportBundle;
import com.csvendor.portal.kpi.control.ReportLayout;
import com.csvendor.portal.kpi.control.ReportSet;
import com.csvendor.portal.kpi.control.SetRows;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens the stored file, finds its header and profile and hands out its rows; a ZIP of reports is
 * unpacked ({@link ReportBundle}) and its files are read one after the other as one set of rows,
 * numbered by {@link SetRows}, so the set is checked, spooled and published (or refused) as one
 * import. A problem with a file as a whole (encoding, not a table, no header) ends the reading;
 * the publish step rejects the import with it. Each row read tells its file's parser the unit of
 * its rate columns while not yet known (a whole-column decision per file, see {@code RateUnits}),
 * in file order, before the writer parses the chunk on two threads. The checkpoint is the number
 * of the last row read; a restart skips to it (reading, and so observing, the rows before it again).
 */
@Named
@Dependent
public class KpiReportReader extends AbstractItemReader {

    @Inject
    Clock clock;

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
            Path stored = uploads.path(kpiImport.getStoredAs());
            List<ReportSet.Source> sources = List.of(new ReportSet.Source(null, stored));
            if (ReportBundle.isBundle(stored)) {
                run.members = ReportBundle.unpack(stored, ImportLimits.defaults(), n -> uploads.member(run.importId, n));
                ledger.files(run.importId, run.members.stream().map(ReportBundle.Member::name).toList());
                sources = run.members.stream().map(m -> new ReportSet.Source(m.name(), m.path())).toList();
            }
            run.scope = scopes.load(kpiImport.getVendorId(), kpiImport.getStoreId(), BusinessTime.today(clock));
            run.set = opened(sources, kpiImport.getRequestedProfile());
            ReportLayout first = run.set.layout(0);
            ledger.described(run.importId, first.profile().code(), run.set.encoding(), first.unknownColumns());
            long skipTo = checkpoint == null ? 0 : (Long) checkpoint;
            while (run.lastRow < skipTo && readItem() != null) {
                // rows of chunks committed before the restart
            }
        } catch (BusinessException e) {
            run.fileProblem = e;
        }
    }

    private ReportSet opened(List<ReportSet.Source> sources, String profileCode) {
        try {
            return ReportSet.open(sources, profiles.mappings(), profileCode, ImportLimits.defaults());
        } catch (BusinessException e) {
            failedIn(sources.get(0).name());
            throw e;
        }
    }

    @Override
    public Object readItem() {
        if (run.fileProblem != null) {
            return null;
        }
        try {
            RawRow row = run.set.next();
            if (row != null) {
                run.lastRow = row.number();
                // In file order, before the writer parses the chunk on two threads.
                run.parserOf(row).observe(row);
            }
            return row;
        } catch (BusinessException e) {
            failedIn(run.set.failedFile());
            run.fileProblem = e;
            return null;
        }
    }

    /** A problem of one file of a ZIP of reports: the import's failure names the file. */
    private void failedIn(String file) {
        if (file != null) {
            ledger.failedIn(run.importId, file);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return run == null ? 0L : run.lastRow;
    }

    @Override
    public void close() {
        if (run != null && run.set != null) {
            run.set.close();
        }
        if (run != null && run.members != null) {
            ReportBundle.delete(run.members);
        }
    }
}
