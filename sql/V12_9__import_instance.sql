-- Which portal instance runs an import (portal.instance.name, default the host's name). At start-up an
-- instance marks failed the imports still queued or running under its own name: it was stopped or
-- killed while they ran, and no other instance runs them. Imports of other instances are left to the
-- minute sweep (portal.kpi.stale-after-seconds of silence).
ALTER TABLE kpi_import ADD COLUMN instance_name VARCHAR(100);
