package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ReportSet;
import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.kpi.control.ReportLayout;
import com.csvendor.portal.kpi.control.DaySums;
import com.csvendor.portal.kpi.control.RowKeys;
import com.csvendor.portal.kpi.control.RowResolver;
import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.kpi.control.ImportScope;
import com.csvendor.portal.kpi.control.KpiRowParser;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.ReportBundle;
import com.csvendor.portal.kpi.control.SetRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the artifacts of one job execution share (the job context's transient data): the open file,
 * its layout, the resolver, the keys of the rows spooled and the running counts the chunks write.
 */
final class ImportRun {

    /** Stored errors per import: the report shows these, the count says how many there were in all. */
    static final int MAX_STORED_ERRORS = 10_000;
    static final int MAX_UNKNOWN_ACCOUNTS = 1_000;

    final long importId;
    final long vendorId;
    /** The rows being read: the upload, or the files of a ZIP of reports one after the other. */
    ReportSet set;
    /** The files of a ZIP of reports as unpacked; {@code null} for a single report. */
    List<ReportBundle.Member> members;
    /** Per file reached so far, by its place in the set: the resolver naming its columns. */
    final List<RowResolver> resolvers = new ArrayList<>();
    ImportScope scope;
    BusinessException fileProblem;
    long lastRow;
    /** The uploader allowed empty cells to replace figures in the portal. */
    boolean replaceEmptier;
    /** Finds rows that would empty stored figures; {@code null} when the uploader allowed it. */
    com.csvendor.portal.kpi.control.EmptierFigures emptier;
    long errorsStored;
    /** The keys spooled so far (the writer's, rebuilt from the spool on a restart). */
    RowKeys keys;

    /** How many times the spool was read for the earlier rows of repeated keys. */
    int repeatScans;
    /** The day sums of the rows spooled; {@code null} after a restart (the rollups then come from SQL). */
    DaySums sums;
    final Set<String> unknownAccounts = new HashSet<>();
    /** The spool as the publish that loads it while it is written follows it; {@code null}: publish after. */
    com.csvendor.portal.kpi.control.SpoolTail tail;
    /** That publish: the rows written, or a failure when it did not publish the import. */
    java.util.concurrent.Future<Long> following;

    /** The parser of the file a row comes from ({@link SetRows}). */
    KpiRowParser parserOf(RawRow row) {
        return set.layout(SetRows.file(row.number())).parser();
    }

    RowResolver resolverOf(long row) {
        int file = SetRows.file(row);
        while (resolvers.size() <= file) {
            ReportLayout layout = set.layout(resolvers.size());
            resolvers.add(new RowResolver(scope, layout.headerOf(KpiField.STORE), layout.headerOf(KpiField.AGENT_ACCOUNT),
                    layout.headerOf(KpiField.BUSINESS_DATE)));
        }
        return resolvers.get(file);
    }

    /** The name of the file a row comes from, or {@code null} for a single report. */
    String fileOf(long row) {
        return set.fileName(SetRows.file(row));
    }

    double progress() {
        return set == null ? 0 : set.progress();
    }

    ImportRun(long importId, long vendorId) {
        this.importId = importId;
        this.vendorId = vendorId;
    }

    /**
     * Lets go of what grows with the file (keys, day sums) once the rows are published or never
     * will be: the batch runtime may keep a finished job's context, and with it this object.
     */
    static void release(ImportRun run) {
        if (run != null) {
            run.keys = null;
            run.sums = null;
            run.tail = null;
        }
    }

    static ImportRun of(jakarta.batch.runtime.context.JobContext job) {
        return (ImportRun) job.getTransientUserData();
    }

    static long importId(jakarta.batch.runtime.context.JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("importId"));
    }
}
