-- An import read from a ZIP of reports: its files in reading order (names as in the ZIP, shown
-- only), so the history lists them and every row error names the file it is in (row_no of
-- kpi_import_error keeps the file's place in the high 32 bits, see SetRows). A single upload
-- has no rows here.
CREATE TABLE kpi_import_file (
    import_id  BIGINT        NOT NULL,
    seq        INT           NOT NULL,
    file_name  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_kpi_import_file_import FOREIGN KEY (import_id) REFERENCES kpi_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The file of a ZIP whose problem as a whole (encoding, no header...) refused the import.
ALTER TABLE kpi_import ADD COLUMN failure_file VARCHAR(255);
