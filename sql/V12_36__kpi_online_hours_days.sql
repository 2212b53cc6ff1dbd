-- Overtime is online hours beyond the contracted hours of the agent-days that REPORTED online hours:
-- an agent-day without them is "no figure", not 0 hours against a full day's contracted hours. The
-- rollups count those agent-days (the one definition of every rollup column is
-- kpi.control.RollupColumns: NULL where no row of the day reports online hours, as its other sums).
-- This file fills the new column for the rows already published, with the same expression.

ALTER TABLE kpi_vendor_store_day ADD COLUMN online_hours_days BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN online_hours_days BIGINT;

-- The day rollups of the published rows (the rows of a vendor on a day are found by ix_kpi_daily_vendor).
UPDATE kpi_vendor_store_day r SET
    online_hours_days = (SELECT SUM(CASE WHEN d.online_hours IS NOT NULL THEN 1 END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id);

-- A month sums its days.
UPDATE kpi_vendor_store_month m SET
    online_hours_days = (SELECT SUM(online_hours_days) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id
        AND r.vendor_id = m.vendor_id AND r.business_date >= m.month_start
        AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start));
