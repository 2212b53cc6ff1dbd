-- The daily-report ledger: the first receipt of each business day's figures of a vendor in a store —
-- which import first published rows for the day, and when (UTC). A later import of the same day
-- replaces the figures but never the receipt, so a day received on time stays on time and a day
-- first received after its due time stays late.
CREATE TABLE kpi_report_day (
    store_id       BIGINT    NOT NULL,
    vendor_id      BIGINT    NOT NULL,
    business_date  DATE      NOT NULL,
    import_id      BIGINT    NOT NULL,
    received_at    DATETIME  NOT NULL,
    PRIMARY KEY (store_id, vendor_id, business_date),
    CONSTRAINT fk_kpi_report_day_import FOREIGN KEY (import_id) REFERENCES kpi_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Days published before the ledger existed: the earliest import still holding rows of the day is the
-- best evidence left of when it arrived.
INSERT INTO kpi_report_day (store_id, vendor_id, business_date, import_id, received_at)
SELECT d.store_id, d.vendor_id, d.business_date, MIN(d.import_id), MIN(COALESCE(i.finished_at, i.uploaded_at))
  FROM kpi_daily d JOIN kpi_import i ON i.id = d.import_id
 GROUP BY d.store_id, d.vendor_id, d.business_date;

-- A DAILY result breached because the day's report was missing past its due time, not by its figures.
ALTER TABLE sla_result ADD COLUMN report_missing BOOLEAN NOT NULL DEFAULT FALSE;
