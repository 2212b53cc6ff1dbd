package com.csvendor.portal.kpi.entity;

import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One uploaded report and what became of it: who sent which file (name as sent, SHA-256, where it
 * is stored), for which vendor and store, with which profile, and the outcome with its counts.
 * The counters and the progress are written by the import job chunk by chunk; the figures become
 * visible only when the import is {@link ImportStatus#PUBLISHED published}.
 */
@Entity
@Table(name = "kpi_import")
@NamedQuery(name = "KpiImport.findPublishedBySha", query = "SELECT i FROM KpiImport i WHERE i.sha256 = :sha"
        + " AND i.vendorId = :vendorId AND i.status = com.csvendor.portal.kpi.entity.ImportStatus.PUBLISHED"
        + " ORDER BY i.id")
@NamedQuery(name = "KpiImport.findStale", query = "SELECT i FROM KpiImport i WHERE i.status IN :statuses"
        + " AND i.heartbeatAt < :before")
@NamedQuery(name = "KpiImport.findUnfinishedOf", query = "SELECT i FROM KpiImport i WHERE i.status IN :statuses"
        + " AND i.instanceName = :instance")
public class KpiImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id")
    private long vendorId;

    @Column(name = "store_id")
    private Long storeId;

    @Enumerated(EnumType.STRING)
    private ImportChannel channel;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant uploadedAt;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private long fileSize;

    private String sha256;

    @Column(name = "stored_as")
    private String storedAs;

    @Column(name = "requested_profile")
    private String requestedProfile;

    /** The uploader said figures in the portal may be replaced by emptier ones (a cell left empty removes a figure). */
    @Column(name = "replace_emptier")
    private boolean replaceEmptier;

    @Column(name = "profile_code")
    private String profileCode;

    private String encoding;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    private BigDecimal progress = BigDecimal.ZERO;

    @Column(name = "rows_read")
    private long rowsRead;

    @Column(name = "rows_imported")
    private long rowsImported;

    @Column(name = "rows_skipped")
    private long rowsSkipped;

    @Column(name = "error_count")
    private long errorCount;

    @Column(name = "first_date")
    private LocalDate firstDate;

    @Column(name = "last_date")
    private LocalDate lastDate;

    @Column(name = "unknown_columns")
    private String unknownColumns;

    @Column(name = "failure_key")
    private String failureKey;

    @Column(name = "failure_args")
    private String failureArgs;

    @Column(name = "failure_file")
    private String failureFile;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "rerun_of")
    private Long rerunOf;

    @Column(name = "instance_name")
    private String instanceName;

    @Column(name = "heartbeat_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant finishedAt;

    @Version
    private long version;

    protected KpiImport() {
    }

    /** A new upload waiting for its job. */
    public KpiImport(long vendorId, Long storeId, ImportChannel channel, String uploadedBy, Instant at,
            StoredFile file, String requestedProfile) {
        this.vendorId = vendorId;
        this.storeId = storeId;
        this.channel = Objects.requireNonNull(channel);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = at;
        this.fileName = file.name();
        this.fileSize = file.size();
        this.sha256 = file.sha256();
        this.storedAs = file.storedAs();
        this.requestedProfile = requestedProfile;
        this.status = ImportStatus.QUEUED;
        this.heartbeatAt = at;
    }

    /**
     * The same bytes were published before: recorded, not imported again. It refers to the
     * original's stored file from now on; answers its own copy's id, which nobody needs any more.
     */
    public String markDuplicateOf(KpiImport original, Instant at) {
        String ownCopy = this.storedAs;
        this.storedAs = original.storedAs;
        this.status = ImportStatus.DUPLICATE;
        this.duplicateOf = original.getId();
        this.firstDate = original.firstDate;
        this.lastDate = original.lastDate;
        this.finishedAt = at;
        return ownCopy;
    }

    /**
     * The uploader allows this import's rows to replace figures already in the portal with empty
     * cells; without it such a row is an error. Said when uploading, before the job runs.
     */
    public KpiImport allowingEmptierFigures(boolean allowed) {
        this.replaceEmptier = allowed;
        return this;
    }

    public boolean replacesEmptier() {
        return replaceEmptier;
    }

    /** A new attempt on the stored file of a rejected or failed import. */
    public KpiImport rerun(String by, Instant at) {
        if (!status.rerunnable()) {
            throw new IllegalStateException("Import " + id + " is " + status);
        }
        KpiImport again = new KpiImport(vendorId, storeId, channel, by, at,
                new StoredFile(fileName, fileSize, sha256, storedAs), requestedProfile);
        again.rerunOf = id;
        again.replaceEmptier = replaceEmptier;
        return again;
    }

    /** The portal instance that runs this import from now on. */
    public KpiImport runBy(String instance) {
        this.instanceName = instance;
        return this;
    }

    public String getInstanceName() {
        return instanceName;
    }

    public void started(long executionId, Instant at) {
        this.jobExecutionId = executionId;
        this.status = ImportStatus.RUNNING;
        this.heartbeatAt = at;
    }

    public void fail(String key, String args, Instant at) {
        this.status = ImportStatus.FAILED;
        finish(key, args, at);
    }

    /** The file of a ZIP of reports whose problem refuses the import: the failure is shown with its name. */
    public void failedIn(String file) {
        this.failureFile = file;
    }

    public String getFailureFile() {
        return failureFile;
    }

    public void reject(String key, String args, Instant at) {
        this.status = ImportStatus.REJECTED;
        finish(key, args, at);
    }

    public void published(LocalDate first, LocalDate last, Instant at) {
        this.status = ImportStatus.PUBLISHED;
        this.firstDate = first;
        this.lastDate = last;
        this.progress = BigDecimal.ONE;
        finish(null, null, at);
    }

    private void finish(String key, String args, Instant at) {
        this.failureKey = key;
        this.failureArgs = args;
        this.finishedAt = at;
        this.heartbeatAt = at;
    }

    public void described(String profileCode, String encoding, String unknownColumns) {
        this.profileCode = profileCode;
        this.encoding = encoding;
        this.unknownColumns = unknownColumns;
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public Long getStoreId() {
        return storeId;
    }

    public ImportChannel getChannel() {
        return channel;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoredAs() {
        return storedAs;
    }

    public String getRequestedProfile() {
        return requestedProfile;
    }

    public String getProfileCode() {
        return profileCode;
    }

    public String getEncoding() {
        return encoding;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public BigDecimal getProgress() {
        return progress;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getRowsImported() {
        return rowsImported;
    }

    public long getRowsSkipped() {
        return rowsSkipped;
    }

    public long getErrorCount() {
        return errorCount;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public String getUnknownColumns() {
        return unknownColumns;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public String getFailureArgs() {
        return failureArgs;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public Long getRerunOf() {
        return rerunOf;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiImport other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
