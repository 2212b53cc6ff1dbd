-- When a background job left the queue and began its work (its status shows it next to requested and
-- finished); NULL while it is still queued, and for the jobs that ended before this column existed.
ALTER TABLE background_job ADD COLUMN started_at DATETIME(6);
