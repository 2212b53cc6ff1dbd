-- KPI imports no longer stage their rows in the database: a running import appends its validated
-- rows to a spool file next to its upload, and the publish step loads them straight into kpi_daily
-- in one transaction (each row is written to the database once). Nothing reads kpi_staging.
DROP TABLE kpi_staging;
