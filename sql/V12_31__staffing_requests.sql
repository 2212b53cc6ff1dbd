-- Staffing requests (客服增加安排): a store manager asks the vendor for more agents from a date. The
-- portal checks the contract's notice days and maximum additional agents when the request is made; the
-- vendor lead accepts or declines it. An accepted request raises the headcount the staffing
-- reconciliation checks from its first day (to its last day, when one is given).
CREATE TABLE staffing_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id    BIGINT        NOT NULL,
    agents         INT           NOT NULL,
    from_date      DATE          NOT NULL,
    to_date        DATE,
    note           VARCHAR(500),
    status         VARCHAR(12)   NOT NULL,
    requested_by   VARCHAR(64)   NOT NULL,
    requested_at   DATETIME      NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     DATETIME,
    decision_note  VARCHAR(500),
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_staffing_request_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_staffing_request_agents CHECK (agents > 0),
    CONSTRAINT ck_staffing_request_dates CHECK (to_date IS NULL OR to_date >= from_date),
    CONSTRAINT ck_staffing_request_status CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_staffing_request_contract ON staffing_request (contract_id, status, from_date);
