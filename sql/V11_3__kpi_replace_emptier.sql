-- An upload may replace figures already in the portal with empty cells only when its uploader
-- says so (issue 13: a cut-off file had erased an agent's full figures for a day).
ALTER TABLE kpi_import ADD COLUMN replace_emptier BOOLEAN NOT NULL DEFAULT FALSE;
