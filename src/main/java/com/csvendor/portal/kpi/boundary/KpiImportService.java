package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.control.ImportProfileRepository;
import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.KpiImportRepository;
import com.csvendor.portal.kpi.control.MessageArgs;
import com.csvendor.portal.kpi.control.SetRows;
import com.csvendor.portal.kpi.control.StoredUploads;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.kpi.entity.StoredFile;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.shared.SpreadsheetText;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.control.AgentRepository;
import com.csvendor.portal.vendor.control.VendorAuditor;
import com.csvendor.portal.vendor.entity.Agent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Locale;

/**
 * KPI report imports. A vendor lead uploads a report (web or REST) for their own vendor; the file
 * is stored, recorded and imported by the batch job, whose progress and outcome are read here.
 * Store managers read the imports that concern their stores, administrators all; anything else is
 * not found. The upload itself runs outside a transaction: the file is stored first, then the import
 * recorded and committed (queued, or a duplicate). Its job is started by {@link KpiImportLauncher},
 * after this bean's call has returned — never from inside it.
 */
@Stateless
public class KpiImportService {

    @Inject
    Clock clock;

    static final int ERRORS_SHOWN = 100;

    @Inject
    Caller caller;

    @Inject
    UploadStore uploads;

    @Inject
    KpiImportRepository imports;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportProfileRepository profiles;

    @EJB
    StoreService stores;

    @EJB
    VendorService vendors;

    @Inject
    AgentRepository agents;

    @Inject
    VendorAuditor agentAudit;

    @Inject
    StoredUploads storedUploads;

    @Inject
    @ConfigProperty(name = "portal.upload.quota-bytes-per-vendor", defaultValue = "10737418240")
    long quotaBytes;

    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public KpiImportView upload(InputStream content, String fileName, String storeCode, String profileCode,
            ImportChannel channel, Locale locale) {
        return upload(content, fileName, storeCode, profileCode, false, channel, locale);
    }

    /**
     * {@code replaceEmptier}: the uploader allows the file's empty cells to replace figures already
     * in the portal; without it a row that would do so is an error ({@code kpi.row.emptier}).
     */
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public KpiImportView upload(InputStream content, String fileName, String storeCode, String profileCode,
            boolean replaceEmptier, ImportChannel channel, Locale locale) {
        long vendorId = caller.leadVendorId().orElseThrow(() -> new NotFoundException("vendor", 0));
        Long storeId = storeCode == null || storeCode.isBlank() ? null : servedStore(storeCode).getId();
        String profile = profileCode == null || profileCode.isBlank() ? null : knownProfile(profileCode);
        return registered(vendorId, storeId, profile, channel, uploads.store(content, fileName), replaceEmptier, locale);
    }

    /**
     * Uploads several reports at once as one import (all or nothing across them): they are kept as
     * one ZIP of reports, read one after the other ({@link UploadStore#storeAll}).
     */
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public KpiImportView uploadAll(List<UploadStore.Part> files, String storeCode, String profileCode,
            boolean replaceEmptier, ImportChannel channel, Locale locale) {
        if (files.size() == 1) {
            return upload(files.get(0).content(), files.get(0).name(), storeCode, profileCode, replaceEmptier, channel,
                    locale);
        }
        long vendorId = caller.leadVendorId().orElseThrow(() -> new NotFoundException("vendor", 0));
        Long storeId = storeCode == null || storeCode.isBlank() ? null : servedStore(storeCode).getId();
        String profile = profileCode == null || profileCode.isBlank() ? null : knownProfile(profileCode);
        String shown = files.get(0).name() + " (+" + (files.size() - 1) + ")";
        return registered(vendorId, storeId, profile, channel, uploads.storeAll(files, shown), replaceEmptier, locale);
    }

    private KpiImportView registered(long vendorId, Long storeId, String profile, ImportChannel channel, StoredFile file,
            boolean replaceEmptier, Locale locale) {
        if (storedUploads.storedBytes(vendorId) + file.size() > quotaBytes) {
            uploads.delete(file.storedAs());
            throw new InvalidInputException("file", "kpi.upload.quota", quotaBytes / (1024 * 1024));
        }
        ImportLedger.Registered recorded = ledger.register(new KpiImport(vendorId, storeId, channel,
                caller.username(), clock.instant(), file, profile).allowingEmptierFigures(replaceEmptier));
        if (recorded.unusedFile() != null) {
            uploads.delete(recorded.unusedFile());
        }
        return recorded(recorded.kpiImport(), locale);
    }

    /** Runs a rejected or failed import again from its stored file, as a new import. */
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public KpiImportView rerun(long importId, Locale locale) {
        KpiImport original = visible(importId);
        if (!original.getStatus().rerunnable()) {
            throw new InvalidInputException("status", "kpi.import.notRerunnable", original.getStatus());
        }
        if (!java.nio.file.Files.exists(uploads.path(original.getStoredAs()))) {
            throw new InvalidInputException("status", "kpi.import.fileRemoved", original.getFileName());
        }
        return recorded(ledger.register(original.rerun(caller.username(), clock.instant())).kpiImport(), locale);
    }

    private KpiImportView recorded(KpiImport recorded, Locale locale) {
        return view(imports.getImport(recorded.getId()), locale, false);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public KpiImportView get(long importId, Locale locale) {
        return view(visible(importId), locale, true);
    }

    /** The newest imports the caller may see (at most {@code max}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public List<KpiImportView> history(int max, Locale locale) {
        return history(ImportFilter.NONE, max, locale);
    }

    /** The newest imports the caller may see that the filter lets through (at most {@code max}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public List<KpiImportView> history(ImportFilter filter, int max, Locale locale) {
        Long lead = caller.has(Role.ADMIN) ? null : caller.leadVendorId().orElse(null);
        if (lead != null && filter.vendorId() != null && !lead.equals(filter.vendorId())) {
            return List.of();
        }
        Long vendorId = lead != null ? lead : filter.vendorId();
        List<Long> storeIds = caller.has(Role.ADMIN) || lead != null ? null
                : List.copyOf(caller.managedStoreIds());
        List<KpiImport> found = imports.history(vendorId, storeIds, filter.storeId(), filter.from(), filter.to(),
                Math.max(1, Math.min(max, 500)));
        java.util.Map<Long, String> storeCodes = imports.storeCodes(found);
        java.util.Map<Long, List<String>> files = imports.files(found);
        return found.stream().map(i -> KpiImportView.of(i, storeCodes.get(i.getStoreId()), locale, null, null,
                files.getOrDefault(i.getId(), List.of()))).toList();
    }

    /** Every stored row error of an import, in the caller's language. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public List<KpiImportView.ErrorView> errors(long importId, Locale locale) {
        long id = visible(importId).getId();
        return errorsOf(id, Integer.MAX_VALUE, locale, imports.files(id));
    }

    /**
     * Registers the accounts an import found no agent for as new agents of the caller's vendor
     * (named after the account, without a store prefix such as {@code 萌宠旗舰店:}); accounts someone
     * registered meanwhile are left alone. Answers how many agents were created.
     */
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public int registerUnknownAccounts(long importId) {
        KpiImport i = visible(importId);
        int created = 0;
        for (KpiImportRepository.UnknownAccountRow u : imports.unknownAccounts(i.getId())) {
            Store store = stores.visibleStore(u.storeId());
            if (agents.findAccount(store.getId(), u.account()).isEmpty()) {
                Agent agent = new Agent(vendors.visibleVendor(i.getVendorId()), agentName(u.account()));
                agent.replaceAccounts(java.util.Map.of(store, List.of(u.account())));
                agents.add(agent);
                agentAudit.record(agent, "CREATED", caller.username(), null);
                created++;
            }
        }
        return created;
    }

    static String agentName(String account) {
        int cut = Math.max(account.lastIndexOf(':'), account.lastIndexOf('：'));
        String name = cut >= 0 && cut < account.length() - 1 ? account.substring(cut + 1) : account;
        return name.strip();
    }

    /**
     * Every stored error of an import as CSV (UTF-8 with a BOM, so spreadsheets show Chinese): row,
     * column, value, reason — cells neutralised against formula injection.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public byte[] errorReport(long importId, Locale locale) {
        KpiImport i = visible(importId);
        java.io.StringWriter out = new java.io.StringWriter();
        out.write('\uFEFF');
        try (de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder().build(out)) {
            List<String> files = imports.files(i.getId());
            boolean set = !files.isEmpty();
            List<String> header = new java.util.ArrayList<>(List.of(Messages.format(locale, "kpi.report.row"),
                    Messages.format(locale, "kpi.report.column"), Messages.format(locale, "kpi.report.value"),
                    Messages.format(locale, "kpi.report.reason")));
            if (set) {
                header.add(0, Messages.format(locale, "kpi.report.file"));
            }
            csv.writeRecord(header);
            if (i.getFailureKey() != null) {
                String failure = SpreadsheetText.neutralise(MessageArgs.format(locale, i.getFailureKey(), i.getFailureArgs()));
                csv.writeRecord(set ? List.of(SpreadsheetText.neutralise(String.valueOf(i.getFailureFile())), "", "", "", failure)
                        : List.of("", "", "", failure));
            }
            for (KpiImportView.ErrorView e : errorsOf(i.getId(), Integer.MAX_VALUE, locale, files)) {
                List<String> record = new java.util.ArrayList<>(List.of(Long.toString(e.row()),
                        SpreadsheetText.neutralise(e.column()), SpreadsheetText.neutralise(e.value()),
                        SpreadsheetText.neutralise(e.message())));
                if (set) {
                    record.add(0, SpreadsheetText.neutralise(e.file()));
                }
                csv.writeRecord(record);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The portal's own report template: the header row, in Chinese or English. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public byte[] template(boolean chinese) {
        return com.csvendor.portal.kpi.control.ReportTemplate.csv(chinese);
    }

    KpiImport visible(long importId) {
        KpiImport i = imports.findImport(importId).orElseThrow(() -> new NotFoundException("kpiImport", importId));
        boolean visible = caller.has(Role.ADMIN)
                || caller.leadVendorId().map(v -> v == i.getVendorId()).orElse(false)
                || imports.concernsAny(i, caller.managedStoreIds());
        if (!visible) {
            throw new NotFoundException("kpiImport", importId);
        }
        return i;
    }

    private KpiImportView view(KpiImport i, Locale locale, boolean detailed) {
        String storeCode = i.getStoreId() == null ? null : stores.get(i.getStoreId()).code();
        List<String> files = imports.files(i.getId());
        return KpiImportView.of(i, storeCode, locale, detailed ? errorsOf(i.getId(), ERRORS_SHOWN, locale, files) : null,
                detailed ? imports.unknownAccounts(i.getId()).stream().map(u -> new KpiImportView.UnknownAccount(
                        u.storeCode(), u.account(), SetRows.line(u.firstRow()), fileOf(files, u.firstRow()))).toList() : null,
                files);
    }

    private List<KpiImportView.ErrorView> errorsOf(long importId, int max, Locale locale, List<String> files) {
        return imports.errors(importId, max).stream().map(e -> new KpiImportView.ErrorView(SetRows.line(e.row()),
                e.column(), e.value(), MessageArgs.format(locale, e.key(), e.argsJson()), fileOf(files, e.row()))).toList();
    }

    /** The file of a ZIP of reports a stored row number is in, or {@code null} for a single report. */
    private static String fileOf(List<String> files, long row) {
        int n = SetRows.file(row);
        return files.isEmpty() ? null : n < files.size() ? files.get(n) : "#" + (n + 1);
    }

    private Store servedStore(String code) {
        try {
            return stores.visibleStoreByCode(code);
        } catch (NotFoundException e) {
            throw new InvalidInputException("store", "kpi.upload.unknownStore", code);
        }
    }

    private String knownProfile(String code) {
        return profiles.mappings().stream().map(p -> p.code()).filter(c -> c.equalsIgnoreCase(code.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("profile", "kpi.upload.unknownProfile", code));
    }
}
