-- KPI reports: imports (history, errors), the staging rows of running imports, the canonical
-- per-agent daily record and its rollups. kpi_daily and the rollups change only when an import
-- is published, in one transaction; a running import writes to kpi_staging only.

CREATE TABLE kpi_import (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id         BIGINT        NOT NULL,
    store_id          BIGINT,
    channel           VARCHAR(8)    NOT NULL,
    uploaded_by       VARCHAR(64)   NOT NULL,
    uploaded_at       DATETIME      NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    file_size         BIGINT        NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    stored_as         VARCHAR(64)   NOT NULL,
    requested_profile VARCHAR(32),
    profile_code      VARCHAR(32),
    encoding          VARCHAR(32),
    status            VARCHAR(12)   NOT NULL,
    job_execution_id  BIGINT,
    progress          DECIMAL(5, 4) NOT NULL DEFAULT 0,
    rows_read         BIGINT        NOT NULL DEFAULT 0,
    rows_imported     BIGINT        NOT NULL DEFAULT 0,
    rows_skipped      BIGINT        NOT NULL DEFAULT 0,
    error_count       BIGINT        NOT NULL DEFAULT 0,
    first_date        DATE,
    last_date         DATE,
    unknown_columns   VARCHAR(2000),
    failure_key       VARCHAR(100),
    failure_args      VARCHAR(2000),
    duplicate_of      BIGINT,
    rerun_of          BIGINT,
    heartbeat_at      DATETIME,
    finished_at       DATETIME,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_kpi_import_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_kpi_import_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT ck_kpi_import_status CHECK (status IN ('QUEUED', 'RUNNING', 'PUBLISHED', 'REJECTED', 'FAILED', 'DUPLICATE')),
    CONSTRAINT ck_kpi_import_channel CHECK (channel IN ('WEB', 'API'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_kpi_import_vendor ON kpi_import (vendor_id, uploaded_at);
CREATE INDEX ix_kpi_import_sha ON kpi_import (sha256);
CREATE INDEX ix_kpi_import_status ON kpi_import (status);

-- The stores an import's rows concern (store managers see the imports of their stores).
CREATE TABLE kpi_import_store (
    import_id  BIGINT NOT NULL,
    store_id   BIGINT NOT NULL,
    PRIMARY KEY (import_id, store_id),
    CONSTRAINT fk_kpi_import_store_import FOREIGN KEY (import_id) REFERENCES kpi_import (id),
    CONSTRAINT fk_kpi_import_store_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Row errors: the message key and its arguments, so the report shows in the reader's language.
CREATE TABLE kpi_import_error (
    import_id     BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    row_no        BIGINT        NOT NULL,
    column_name   VARCHAR(200),
    cell_value    VARCHAR(500),
    message_key   VARCHAR(100)  NOT NULL,
    message_args  VARCHAR(2000),
    PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_kpi_import_error_import FOREIGN KEY (import_id) REFERENCES kpi_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Accounts a report names that no agent holds in that store: offered for one-click registration.
CREATE TABLE kpi_import_unknown_account (
    import_id     BIGINT        NOT NULL,
    store_id      BIGINT        NOT NULL,
    account_name  VARCHAR(100)  NOT NULL,
    first_row     BIGINT        NOT NULL,
    PRIMARY KEY (import_id, store_id, account_name),
    CONSTRAINT fk_kpi_unknown_import FOREIGN KEY (import_id) REFERENCES kpi_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per (store, agent, business date). Counts are stored, rates are derived from them;
-- a *_reported rate is kept as the export stated it. NULL: the export does not report the field.
CREATE TABLE kpi_daily (
    store_id                     BIGINT        NOT NULL,
    agent_id                     BIGINT        NOT NULL,
    business_date                DATE          NOT NULL,
    vendor_id                    BIGINT        NOT NULL,
    import_id                    BIGINT        NOT NULL,
    consultations                INT,
    received                     INT,
    inquiries                    INT,
    orders                       INT,
    paid_buyers                  INT,
    sales_amount                 DECIMAL(14, 2),
    refund_count                 INT,
    refund_amount                DECIMAL(14, 2),
    returns_count                INT,
    disputes                     INT,
    first_response_seconds       DECIMAL(10, 2),
    avg_response_seconds         DECIMAL(10, 2),
    response_sessions            INT,
    responded_3min               INT,
    responded_30s                INT,
    ratings                      INT,
    satisfied                    INT,
    dissatisfied                 INT,
    online_hours                 DECIMAL(5, 2),
    conversion_rate_reported     DECIMAL(7, 4),
    response_rate_3min_reported  DECIMAL(7, 4),
    response_rate_30s_reported   DECIMAL(7, 4),
    satisfaction_rate_reported   DECIMAL(7, 4),
    reply_rate_reported          DECIMAL(7, 4),
    PRIMARY KEY (store_id, agent_id, business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_kpi_daily_vendor ON kpi_daily (vendor_id, business_date);

-- The rows of imports not yet published; deleted after publishing or rejecting.
CREATE TABLE kpi_staging (
    import_id                    BIGINT        NOT NULL,
    store_id                     BIGINT        NOT NULL,
    agent_id                     BIGINT        NOT NULL,
    business_date                DATE          NOT NULL,
    row_no                       BIGINT        NOT NULL,
    vendor_id                    BIGINT        NOT NULL,
    consultations                INT,
    received                     INT,
    inquiries                    INT,
    orders                       INT,
    paid_buyers                  INT,
    sales_amount                 DECIMAL(14, 2),
    refund_count                 INT,
    refund_amount                DECIMAL(14, 2),
    returns_count                INT,
    disputes                     INT,
    first_response_seconds       DECIMAL(10, 2),
    avg_response_seconds         DECIMAL(10, 2),
    response_sessions            INT,
    responded_3min               INT,
    responded_30s                INT,
    ratings                      INT,
    satisfied                    INT,
    dissatisfied                 INT,
    online_hours                 DECIMAL(5, 2),
    conversion_rate_reported     DECIMAL(7, 4),
    response_rate_3min_reported  DECIMAL(7, 4),
    response_rate_30s_reported   DECIMAL(7, 4),
    satisfaction_rate_reported   DECIMAL(7, 4),
    reply_rate_reported          DECIMAL(7, 4),
    PRIMARY KEY (import_id, store_id, agent_id, business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Rollups for the dashboards: sums per vendor, store and day, and per month. A rate is a ratio of
-- these sums; conversion_paid / conversion_base and the *_base columns sum a rate's numerator and
-- denominator over the rows that report both,
-- and the *_weighted columns sum time × sessions, so averages are weighted by sessions.
CREATE TABLE kpi_vendor_store_day (
    store_id                 BIGINT         NOT NULL,
    vendor_id                BIGINT         NOT NULL,
    business_date            DATE           NOT NULL,
    agent_days               INT            NOT NULL,
    consultations            BIGINT,
    received                 BIGINT,
    inquiries                BIGINT,
    orders                   BIGINT,
    paid_buyers              BIGINT,
    conversion_paid          BIGINT,
    conversion_base          BIGINT,
    sales_amount             DECIMAL(16, 2),
    refund_count             BIGINT,
    refund_amount            DECIMAL(16, 2),
    returns_count            BIGINT,
    disputes                 BIGINT,
    first_response_weighted  DECIMAL(20, 2),
    first_response_sessions  BIGINT,
    avg_response_weighted    DECIMAL(20, 2),
    avg_response_sessions    BIGINT,
    responded_3min           BIGINT,
    responded_3min_base      BIGINT,
    responded_30s            BIGINT,
    responded_30s_base       BIGINT,
    ratings                  BIGINT,
    satisfied                BIGINT,
    dissatisfied             BIGINT,
    online_hours             DECIMAL(12, 2),
    PRIMARY KEY (store_id, vendor_id, business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE kpi_vendor_store_month (
    store_id                 BIGINT         NOT NULL,
    vendor_id                BIGINT         NOT NULL,
    month_start              DATE           NOT NULL,
    agent_days               INT            NOT NULL,
    consultations            BIGINT,
    received                 BIGINT,
    inquiries                BIGINT,
    orders                   BIGINT,
    paid_buyers              BIGINT,
    conversion_paid          BIGINT,
    conversion_base          BIGINT,
    sales_amount             DECIMAL(16, 2),
    refund_count             BIGINT,
    refund_amount            DECIMAL(16, 2),
    returns_count            BIGINT,
    disputes                 BIGINT,
    first_response_weighted  DECIMAL(20, 2),
    first_response_sessions  BIGINT,
    avg_response_weighted    DECIMAL(20, 2),
    avg_response_sessions    BIGINT,
    responded_3min           BIGINT,
    responded_3min_base      BIGINT,
    responded_30s            BIGINT,
    responded_30s_base       BIGINT,
    ratings                  BIGINT,
    satisfied                BIGINT,
    dissatisfied             BIGINT,
    online_hours             DECIMAL(12, 2),
    PRIMARY KEY (store_id, vendor_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
