-- SLA evaluation: one result per contract, target and window; per settlement cycle the fee the
-- penalties are a share of, the penalties and the consecutive-breach count; incidents recorded by
-- store managers; disputes of a breach or an incident by the vendor lead.

CREATE TABLE sla_result (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    contract_id       BIGINT         NOT NULL,
    contract_version  INT            NOT NULL,
    target_no         INT            NOT NULL,
    metric            VARCHAR(32)    NOT NULL,
    sla_window        VARCHAR(20)    NOT NULL,
    window_start      DATE           NOT NULL,
    window_end        DATE           NOT NULL,
    comparator        VARCHAR(2)     NOT NULL,
    threshold         DECIMAL(14, 4) NOT NULL,
    measured          DECIMAL(18, 4),
    sample            BIGINT         NOT NULL DEFAULT 0,
    minimum_sample    INT            NOT NULL DEFAULT 0,
    days_judged       INT            NOT NULL DEFAULT 0,
    days_exempt       INT            NOT NULL DEFAULT 0,
    outcome           VARCHAR(12)    NOT NULL,
    shortfall_percent DECIMAL(9, 4),
    waived            BOOLEAN        NOT NULL DEFAULT FALSE,
    evaluated_at      DATETIME       NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_sla_result UNIQUE (contract_id, target_no, sla_window, window_start),
    CONSTRAINT fk_sla_result_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_sla_result_outcome CHECK (outcome IN ('MET', 'BREACHED', 'NOT_JUDGED')),
    CONSTRAINT ck_sla_result_window CHECK (sla_window IN ('DAILY', 'WEEKLY', 'SETTLEMENT_CYCLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_result_period ON sla_result (contract_id, window_start, window_end);
CREATE INDEX ix_sla_result_outcome ON sla_result (outcome, window_start);

-- One row per contract and settlement cycle: the service fee of the cycle (what tiered penalties
-- are a share of), breach and incident penalties before the cap, the cap and the total owed.
CREATE TABLE sla_cycle (
    contract_id           BIGINT         NOT NULL,
    cycle_start           DATE           NOT NULL,
    cycle_end             DATE           NOT NULL,
    contract_version      INT            NOT NULL,
    service_fee           DECIMAL(16, 2) NOT NULL,
    breach_penalty        DECIMAL(16, 2) NOT NULL,
    incident_penalty      DECIMAL(16, 2) NOT NULL,
    penalty_cap           DECIMAL(16, 2),
    penalty_total         DECIMAL(16, 2) NOT NULL,
    windows_judged        INT            NOT NULL,
    windows_breached      INT            NOT NULL,
    consecutive_breaches  INT            NOT NULL,
    termination_right     BOOLEAN        NOT NULL DEFAULT FALSE,
    evaluated_at          DATETIME       NOT NULL,
    PRIMARY KEY (contract_id, cycle_start),
    CONSTRAINT fk_sla_cycle_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE sla_incident (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    contract_id    BIGINT         NOT NULL,
    occurred_on    DATE           NOT NULL,
    incident_type  VARCHAR(32)    NOT NULL,
    clause         VARCHAR(200),
    evidence       VARCHAR(4000)  NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL,
    status         VARCHAR(12)    NOT NULL,
    recorded_by    VARCHAR(64)    NOT NULL,
    recorded_at    DATETIME       NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_sla_incident_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_sla_incident_status CHECK (status IN ('RECORDED', 'DISPUTED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_incident_contract ON sla_incident (contract_id, occurred_on);

-- A vendor lead's dispute of a breach (sla_result) or an incident; the store manager decides.
-- An accepted dispute waives the breach or withdraws the incident.
CREATE TABLE sla_dispute (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    contract_id      BIGINT         NOT NULL,
    subject_type     VARCHAR(12)    NOT NULL,
    subject_id       BIGINT         NOT NULL,
    comment          VARCHAR(2000)  NOT NULL,
    status           VARCHAR(12)    NOT NULL,
    raised_by        VARCHAR(64)    NOT NULL,
    raised_at        DATETIME       NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       DATETIME,
    decision_comment VARCHAR(2000),
    version          BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_sla_dispute_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_sla_dispute_subject CHECK (subject_type IN ('BREACH', 'INCIDENT')),
    CONSTRAINT ck_sla_dispute_status CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_dispute_subject ON sla_dispute (subject_type, subject_id);
CREATE INDEX ix_sla_dispute_contract ON sla_dispute (contract_id, status);
