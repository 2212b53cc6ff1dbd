-- Issue 13: "no figure" end to end, and reported rates that come without their counts.
-- New rollup columns (the one definition of every rollup column is kpi.control.RollupColumns; this
-- file fills the new ones for the rows already published, with the same expressions):
--   *_part / *_base: a rate's numerator and base summed over the agent-days that report both, so a
--   vendor whose files have no refund (return, dispute) column has NULL there, "no figure", not a
--   0 % refund rate, and a mix of files with and without the column does not dilute the rate;
--   *_reported / *_reported_base: a reported rate on an agent-day without its count pair (JD's
--   满意度 without a number of ratings), weighted by its base (the metric's own where reported,
--   else the customers received): Σ rate × base (percent × customers) and Σ base.

ALTER TABLE kpi_vendor_store_day ADD COLUMN refund_part BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN refund_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN return_part BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN return_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN dispute_part BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN dispute_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN satisfaction_part BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN satisfaction_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN conversion_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_day ADD COLUMN conversion_reported_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN responded_3min_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_day ADD COLUMN responded_3min_reported_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN responded_30s_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_day ADD COLUMN responded_30s_reported_base BIGINT;
ALTER TABLE kpi_vendor_store_day ADD COLUMN satisfaction_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_day ADD COLUMN satisfaction_reported_base BIGINT;

ALTER TABLE kpi_vendor_store_month ADD COLUMN refund_part BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN refund_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN return_part BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN return_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN dispute_part BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN dispute_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN satisfaction_part BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN satisfaction_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN conversion_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_month ADD COLUMN conversion_reported_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN responded_3min_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_month ADD COLUMN responded_3min_reported_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN responded_30s_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_month ADD COLUMN responded_30s_reported_base BIGINT;
ALTER TABLE kpi_vendor_store_month ADD COLUMN satisfaction_reported DECIMAL(24, 4);
ALTER TABLE kpi_vendor_store_month ADD COLUMN satisfaction_reported_base BIGINT;

-- The day rollups of the published rows (the rows of a vendor on a day are found by ix_kpi_daily_vendor).
UPDATE kpi_vendor_store_day r SET
    refund_part = (SELECT SUM(CASE WHEN paid_buyers IS NOT NULL THEN refund_count END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    refund_base = (SELECT SUM(CASE WHEN refund_count IS NOT NULL THEN paid_buyers END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    return_part = (SELECT SUM(CASE WHEN paid_buyers IS NOT NULL THEN returns_count END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    return_base = (SELECT SUM(CASE WHEN returns_count IS NOT NULL THEN paid_buyers END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    dispute_part = (SELECT SUM(CASE WHEN paid_buyers IS NOT NULL THEN disputes END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    dispute_base = (SELECT SUM(CASE WHEN disputes IS NOT NULL THEN paid_buyers END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    satisfaction_part = (SELECT SUM(CASE WHEN ratings IS NOT NULL THEN satisfied END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    satisfaction_base = (SELECT SUM(CASE WHEN satisfied IS NOT NULL THEN ratings END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    conversion_reported = (SELECT SUM(CASE WHEN conversion_rate_reported IS NOT NULL AND (paid_buyers IS NULL OR inquiries IS NULL) THEN conversion_rate_reported * COALESCE(inquiries, received) END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    conversion_reported_base = (SELECT SUM(CASE WHEN conversion_rate_reported IS NOT NULL AND (paid_buyers IS NULL OR inquiries IS NULL) THEN COALESCE(inquiries, received) END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    responded_3min_reported = (SELECT SUM(CASE WHEN response_rate_3min_reported IS NOT NULL AND (responded_3min IS NULL OR received IS NULL) THEN response_rate_3min_reported * received END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    responded_3min_reported_base = (SELECT SUM(CASE WHEN response_rate_3min_reported IS NOT NULL AND (responded_3min IS NULL OR received IS NULL) THEN received END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    responded_30s_reported = (SELECT SUM(CASE WHEN response_rate_30s_reported IS NOT NULL AND (responded_30s IS NULL OR received IS NULL) THEN response_rate_30s_reported * received END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    responded_30s_reported_base = (SELECT SUM(CASE WHEN response_rate_30s_reported IS NOT NULL AND (responded_30s IS NULL OR received IS NULL) THEN received END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    satisfaction_reported = (SELECT SUM(CASE WHEN satisfaction_rate_reported IS NOT NULL AND (satisfied IS NULL OR ratings IS NULL) THEN satisfaction_rate_reported * COALESCE(ratings, received) END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id),
    satisfaction_reported_base = (SELECT SUM(CASE WHEN satisfaction_rate_reported IS NOT NULL AND (satisfied IS NULL OR ratings IS NULL) THEN COALESCE(ratings, received) END)
        FROM kpi_daily d WHERE d.vendor_id = r.vendor_id AND d.business_date = r.business_date AND d.store_id = r.store_id);

-- A month sums its days.
UPDATE kpi_vendor_store_month m SET
    refund_part = (SELECT SUM(refund_part) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    refund_base = (SELECT SUM(refund_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    return_part = (SELECT SUM(return_part) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    return_base = (SELECT SUM(return_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    dispute_part = (SELECT SUM(dispute_part) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    dispute_base = (SELECT SUM(dispute_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    satisfaction_part = (SELECT SUM(satisfaction_part) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    satisfaction_base = (SELECT SUM(satisfaction_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    conversion_reported = (SELECT SUM(conversion_reported) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    conversion_reported_base = (SELECT SUM(conversion_reported_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    responded_3min_reported = (SELECT SUM(responded_3min_reported) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    responded_3min_reported_base = (SELECT SUM(responded_3min_reported_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    responded_30s_reported = (SELECT SUM(responded_30s_reported) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    responded_30s_reported_base = (SELECT SUM(responded_30s_reported_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    satisfaction_reported = (SELECT SUM(satisfaction_reported) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start)),
    satisfaction_reported_base = (SELECT SUM(satisfaction_reported_base) FROM kpi_vendor_store_day r WHERE r.store_id = m.store_id AND r.vendor_id = m.vendor_id
        AND r.business_date >= m.month_start AND r.business_date < TIMESTAMPADD(MONTH, 1, m.month_start));
