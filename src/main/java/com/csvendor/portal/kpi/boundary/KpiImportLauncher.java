package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.kpi.importing.ImportJobs;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploads and reruns as the pages and the REST API ask for them: {@link KpiImportService} checks
 * the caller and records the import; its job is started here, once that EJB call has returned.
 * Started from inside an EJB call, Payara's batch runtime hands the job to its managed executor
 * with the EJB invocation captured in the context, and the executor's thread later pops it in the
 * wrong order: SEVERE {@code SECEJB9001 ClassCastException ... cannot be cast to EjbInvocation}
 * (payara/Payara#4353, glassfish#24169). From the web or REST thread the context is a plain web
 * invocation and the log stays clean.
 */
@ApplicationScoped
public class KpiImportLauncher {

    private static final Logger LOG = Logger.getLogger(KpiImportLauncher.class.getName());

    @EJB
    KpiImportService imports;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportLedger ledger;

    public KpiImportView upload(InputStream content, String fileName, String storeCode, String profileCode,
            ImportChannel channel, Locale locale) {
        return upload(content, fileName, storeCode, profileCode, false, channel, locale);
    }

    /** {@code replaceEmptier}: the uploader allows empty cells to replace figures already in the portal. */
    public KpiImportView upload(InputStream content, String fileName, String storeCode, String profileCode,
            boolean replaceEmptier, ImportChannel channel, Locale locale) {
        return launched(imports.upload(content, fileName, storeCode, profileCode, replaceEmptier, channel, locale),
                locale);
    }

    /** Several reports as one import: see {@link KpiImportService#uploadAll}. */
    public KpiImportView uploadAll(java.util.List<com.csvendor.portal.kpi.control.UploadStore.Part> files, String storeCode,
            String profileCode, boolean replaceEmptier, ImportChannel channel, Locale locale) {
        return launched(imports.uploadAll(files, storeCode, profileCode, replaceEmptier, channel, locale), locale);
    }

    public KpiImportView rerun(long importId, Locale locale) {
        return launched(imports.rerun(importId, locale), locale);
    }

    private KpiImportView launched(KpiImportView recorded, Locale locale) {
        if (recorded.finished()) {
            return recorded;
        }
        try {
            jobs.start(recorded.id());
        } catch (RuntimeException e) {
            // The upload is recorded with its stored file: failed, it is re-run from the import history.
            LOG.log(Level.WARNING, "KPI import " + recorded.id() + ": its job did not start; marked failed", e);
            ledger.fail(recorded.id(), "kpi.import.notStarted");
        }
        return imports.get(recorded.id(), locale);
    }
}
