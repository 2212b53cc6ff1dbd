-- Stored upload copies are kept for portal.upload.retention-days: the nightly cleanup deletes the
-- file and notes when here; the import record, its file name, size and SHA-256 stay. Stored bytes
-- per vendor (the quota) count the copies not yet removed.
ALTER TABLE kpi_import ADD COLUMN file_removed_at DATETIME NULL;
