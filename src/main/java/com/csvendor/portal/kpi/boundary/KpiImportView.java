package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.control.MessageArgs;
import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.kpi.entity.ImportStatus;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An import as its uploader and the store managers concerned see it. {@code errors} holds the first
 * row errors (all of them are in the CSV report), {@code failure} why the import as a whole was
 * rejected or failed, both in the caller's language. Errors and unknown accounts are left out of lists.
 * {@code rowsRead} counts the data rows below the header: imported + skipped (blank or summary) + rows
 * with errors; title lines and the header are not counted.
 */
public record KpiImportView(long id, ImportStatus status, String statusLabel, String fileName, long fileSize,
        String sha256, ImportChannel channel, String uploadedBy, Instant uploadedAt, Instant finishedAt,
        long vendorId, String storeCode, String profile, String encoding, BigDecimal progress, long rowsRead,
        long rowsImported, long rowsSkipped, long errorCount, LocalDate firstDate, LocalDate lastDate,
        List<String> unknownColumns, String failure, Long duplicateOf, Long rerunOf, List<ErrorView> errors,
        List<UnknownAccount> unknownAccounts, List<String> files) {

    /**
     * One row error: the row as a spreadsheet numbers it, the column as headed in the file, the value
     * and why; {@code file} the file of a ZIP of reports the row is in ({@code null} for a single report).
     */
    public record ErrorView(long row, String column, String value, String message, String file) {
    }

    /** An account the report names that no agent holds in the store; the vendor lead may register it. */
    public record UnknownAccount(String storeCode, String account, long firstRow, String file) {
    }

    /**
     * @param files the files of a ZIP of reports in reading order (shown in the history), empty for a
     *        single report
     */
    static KpiImportView of(KpiImport i, String storeCode, Locale locale, List<ErrorView> errors,
            List<UnknownAccount> unknown, List<String> files) {
        String failure = MessageArgs.format(locale, i.getFailureKey(), i.getFailureArgs());
        if (failure != null && i.getFailureFile() != null) {
            failure = Messages.format(locale, "kpi.bundle.inFile", i.getFailureFile(), failure);
        }
        List<String> unknownColumns = i.getUnknownColumns() == null ? List.of()
                : Arrays.asList(i.getUnknownColumns().split(", "));
        return new KpiImportView(i.getId(), i.getStatus(), Messages.label(locale, i.getStatus()), i.getFileName(),
                i.getFileSize(), i.getSha256(), i.getChannel(), i.getUploadedBy(), i.getUploadedAt(),
                i.getFinishedAt(), i.getVendorId(), storeCode, i.getProfileCode(), i.getEncoding(), i.getProgress(),
                i.getRowsRead(), i.getRowsImported(), i.getRowsSkipped(), i.getErrorCount(), i.getFirstDate(),
                i.getLastDate(), unknownColumns, failure, i.getDuplicateOf(), i.getRerunOf(), errors, unknown, files);
    }

    /** The files of a ZIP of reports as one line, in reading order ({@code ""} for a single report). */
    public String filesText() {
        return files == null ? "" : String.join(", ", files);
    }

    public boolean finished() {
        return status.finished();
    }
}
