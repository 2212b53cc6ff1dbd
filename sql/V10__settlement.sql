-- Settlement: one statement per contract and settlement cycle (adjustment_no 0), plus numbered
-- adjustment statements that refer to the statement they correct; the unique key
-- (contract_id, cycle_start, adjustment_no) makes generation happen exactly once, across
-- instances too. Lines keep the explanation as an i18n key and its arguments (JSON), so that
-- every page shows them in its own language. Money DECIMAL(16, 2), quantities and rates
-- DECIMAL(18, 4), times UTC.

CREATE TABLE statement (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    statement_no        VARCHAR(80)    NOT NULL,
    kind                VARCHAR(12)    NOT NULL,
    adjustment_no       INT            NOT NULL DEFAULT 0,
    adjusts_id          BIGINT,
    adjustment_reason   VARCHAR(2000),
    contract_id         BIGINT         NOT NULL,
    cycle_start         DATE           NOT NULL,
    cycle_end           DATE           NOT NULL,
    service_from        DATE           NOT NULL,
    service_to          DATE           NOT NULL,
    contract_version    INT            NOT NULL,
    final_statement     BOOLEAN        NOT NULL DEFAULT FALSE,
    status              VARCHAR(12)    NOT NULL,
    fee_total           DECIMAL(16, 2) NOT NULL,
    penalty_total       DECIMAL(16, 2) NOT NULL,
    penalty_cap         DECIMAL(16, 2),
    subtotal            DECIMAL(16, 2) NOT NULL,
    vat_rate_percent    DECIMAL(7, 4)  NOT NULL,
    prices_include_tax  BOOLEAN        NOT NULL DEFAULT FALSE,
    net_amount          DECIMAL(16, 2) NOT NULL,
    tax_amount          DECIMAL(16, 2) NOT NULL,
    total               DECIMAL(16, 2) NOT NULL,
    deposit_total       DECIMAL(16, 2) NOT NULL,
    amount_due          DECIMAL(16, 2) NOT NULL,
    invoice_type        VARCHAR(10)    NOT NULL,
    statement_due_on    DATE           NOT NULL,
    payment_due_on      DATE,
    generated_by        VARCHAR(64)    NOT NULL,
    generated_at        DATETIME(6)    NOT NULL,
    issued_by           VARCHAR(64),
    issued_at           DATETIME(6),
    responded_by        VARCHAR(64),
    responded_at        DATETIME(6),
    vendor_comment      VARCHAR(2000),
    approved_by         VARCHAR(64),
    approved_at         DATETIME(6),
    paid_on             DATE,
    payment_reference   VARCHAR(100),
    paid_by             VARCHAR(64),
    paid_at             DATETIME(6),
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_cycle UNIQUE (contract_id, cycle_start, adjustment_no),
    CONSTRAINT uk_statement_no UNIQUE (statement_no),
    CONSTRAINT fk_statement_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_statement_adjusts FOREIGN KEY (adjusts_id) REFERENCES statement (id),
    CONSTRAINT ck_statement_kind CHECK (kind IN ('REGULAR', 'ADJUSTMENT')),
    CONSTRAINT ck_statement_status CHECK (status IN ('DRAFT', 'ISSUED', 'CONFIRMED', 'DISPUTED', 'APPROVED', 'PAID')),
    CONSTRAINT ck_statement_adjustment CHECK ((kind = 'REGULAR' AND adjustment_no = 0 AND adjusts_id IS NULL)
        OR (kind = 'ADJUSTMENT' AND adjustment_no > 0 AND adjusts_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_statement_status ON statement (status, payment_due_on);
CREATE INDEX ix_statement_cycle_end ON statement (cycle_end);

CREATE TABLE statement_line (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    statement_id       BIGINT         NOT NULL,
    line_no            INT            NOT NULL,
    section            VARCHAR(12)    NOT NULL,
    line_type          VARCHAR(32)    NOT NULL,
    quantity           DECIMAL(18, 4),
    rate               DECIMAL(18, 4),
    amount             DECIMAL(16, 2) NOT NULL,
    explanation_key    VARCHAR(100)   NOT NULL,
    explanation_args   VARCHAR(4000)  NOT NULL,
    source             VARCHAR(200)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_line UNIQUE (statement_id, line_no),
    CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT ck_statement_line_section CHECK (section IN ('FEE', 'PENALTY', 'DEPOSIT', 'ADJUSTMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The vendor's invoice against a statement, with the mismatches found when it was recorded.
CREATE TABLE statement_invoice (
    statement_id       BIGINT         NOT NULL,
    invoice_no         VARCHAR(20)    NOT NULL,
    invoice_code       VARCHAR(12),
    invoice_type       VARCHAR(10)    NOT NULL,
    issued_on          DATE           NOT NULL,
    amount_excl_tax    DECIMAL(16, 2) NOT NULL,
    tax                DECIMAL(16, 2) NOT NULL,
    total              DECIMAL(16, 2) NOT NULL,
    flags              VARCHAR(200)   NOT NULL,
    difference         DECIMAL(16, 2) NOT NULL,
    implied_rate       DECIMAL(9, 4),
    recorded_by        VARCHAR(64)    NOT NULL,
    recorded_at        DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (statement_id),
    CONSTRAINT fk_statement_invoice_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT ck_statement_invoice_type CHECK (invoice_type IN ('SPECIAL', 'GENERAL', 'NONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Temporary agents a store orders for a promotion: agents per day over a date range, charged on
-- the statement of each cycle the days fall in at the contract version's temporary agent day rate.
CREATE TABLE temporary_agents (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id   BIGINT        NOT NULL,
    work_from     DATE          NOT NULL,
    work_to       DATE          NOT NULL,
    agents        INT           NOT NULL,
    note          VARCHAR(500),
    recorded_by   VARCHAR(64)   NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_temporary_agents_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_temporary_agents_range CHECK (work_to >= work_from),
    CONSTRAINT ck_temporary_agents_count CHECK (agents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_temporary_agents_contract ON temporary_agents (contract_id, work_from);
