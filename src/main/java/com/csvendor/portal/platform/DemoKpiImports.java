package com.csvendor.portal.platform;

import com.csvendor.portal.kpi.control.DaySums;
import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.ImportLimits;
import com.csvendor.portal.kpi.control.ImportProfileRepository;
import com.csvendor.portal.kpi.control.ImportScopeLoader;
import com.csvendor.portal.kpi.control.ParsedRow;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.ReportFile;
import com.csvendor.portal.kpi.control.ReportLayout;
import com.csvendor.portal.kpi.control.RowKeys;
import com.csvendor.portal.kpi.control.RowResolver;
import com.csvendor.portal.kpi.control.RowSpool;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.kpi.entity.StoredFile;
import com.csvendor.portal.kpi.importing.StagingCleaner;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Imports one demo report the way an upload is imported, without the batch job's threads: the
 * file is stored and recorded (by the vendor's lead, channel API, named {@code demo-kpi-…}), read
 * with the detected profile, every row parsed and matched to its store, agent and contract, staged,
 * then published with its rollups in one transaction by the ledger, and the staging cleared. A row
 * the pipeline would refuse is a bug in the demo figures: it stops the seeding loudly.
 */
@ApplicationScoped
public class DemoKpiImports {

    @Inject
    UploadStore uploads;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportProfileRepository profiles;

    @Inject
    ImportScopeLoader scopes;

    @Inject
    StagingCleaner cleaner;

    @Inject
    DemoKpiStaging staging;

    /** A store and vendor pair's report: who uploads it, and what it holds. */
    record Report(long storeId, long vendorId, String uploadedBy, String fileName, String csv, Instant uploadedAt) {
    }

    /** Imports the report; answers the rows published. */
    public long importReport(Report report) {
        StoredFile file = uploads.store(new ByteArrayInputStream(report.csv().getBytes(StandardCharsets.UTF_8)),
                report.fileName());
        KpiImport recorded = ledger.register(new KpiImport(report.vendorId(), report.storeId(), ImportChannel.API,
                report.uploadedBy(), report.uploadedAt(), file, null)).kpiImport();
        long id = recorded.getId();
        ledger.started(id, 0);
        java.nio.file.Path spoolPath = uploads.spool(id);
        RowKeys keys = new RowKeys();
        DaySums sums = new DaySums();
        long spooled = 0;
        long read = 0;
        long skipped = 0;
        try (ReportFile opened = ReportFile.open(uploads.path(file.storedAs()), ImportLimits.defaults());
                RowSpool spool = RowSpool.open(spoolPath, 0)) {
            ReportLayout layout = ReportLayout.detect(opened, profiles.mappings(), null);
            ledger.described(id, layout.profile().code(), opened.encoding(), layout.unknownColumns());
            RowResolver resolver = new RowResolver(scopes.load(report.vendorId(), report.storeId(),
                    LocalDate.now(BusinessTime.ZONE)), layout.headerOf(KpiField.STORE),
                    layout.headerOf(KpiField.AGENT_ACCOUNT), layout.headerOf(KpiField.BUSINESS_DATE));
            for (RawRow raw = opened.next(); raw != null; raw = opened.next()) {
                read++;
                ParsedRow parsed = layout.parser().parse(raw);
                if (parsed.status() == ParsedRow.Status.SKIPPED) {
                    skipped++;
                    continue;
                }
                RowResolver.Outcome outcome = parsed.status() == ParsedRow.Status.DATA
                        ? resolver.resolve(parsed.values()) : null;
                if (outcome == null || outcome.resolved() == null) {
                    throw new IllegalStateException("Demo KPI row " + raw + " refused: "
                            + (outcome == null ? parsed.problems() : outcome.problems()));
                }
                RowResolver.Resolved r = outcome.resolved();
                if (!keys.add(r.storeId(), r.agentId(), r.values().date())) {
                    throw new IllegalStateException("Demo KPI report " + id + " has an agent twice on a day");
                }
                spool.add(id, report.vendorId(), r);
                sums.add(r.storeId(), r.values());
                spooled++;
            }
            spool.flush();
        }
        staging.counted(id, read, spooled, skipped);
        ledger.finish(id, null, new ImportLedger.Spooled(spoolPath, keys.storeDays(), sums));
        cleaner.clear(id);
        staging.receivedOnTime(id, (int) (id % 45), Instant.now());
        return spooled;
    }

    /** When a month's report is uploaded: the morning after its last day (Beijing time), never later than now. */
    static Instant uploadedAt(LocalDate lastDay, int minutes, Instant now) {
        Instant morning = lastDay.plusDays(1).atTime(LocalTime.of(9, 0).plusMinutes(minutes))
                .atZone(BusinessTime.ZONE).toInstant();
        return morning.isAfter(now) ? now : morning;
    }
}
