-- Contracts: parties, number and life cycle; the terms of each version as a JSON document
-- (contract_version.terms, written and read only through the typed ContractTerms model);
-- the append-only audit trail.

CREATE TABLE contract (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    number         VARCHAR(40)  NOT NULL,
    store_id       BIGINT       NOT NULL,
    vendor_id      BIGINT       NOT NULL,
    signed_on      DATE         NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    status_since   DATE,
    status_reason  VARCHAR(500),
    start_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME     NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_contract_number UNIQUE (number),
    CONSTRAINT fk_contract_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_contract_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT ck_contract_status CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'TERMINATED')),
    CONSTRAINT ck_contract_period CHECK (end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contract_store_vendor ON contract (store_id, vendor_id);
CREATE INDEX ix_contract_vendor ON contract (vendor_id);
CREATE INDEX ix_contract_end ON contract (status, end_date);

-- A version is in force from effective_from until the next version's effective_from.
CREATE TABLE contract_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    contract_id     BIGINT       NOT NULL,
    number          INT          NOT NULL,
    effective_from  DATE         NOT NULL,
    terms           LONGTEXT     NOT NULL,
    reason          VARCHAR(500),
    created_by      VARCHAR(64)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_contract_version UNIQUE (contract_id, number),
    CONSTRAINT uk_contract_version_effective UNIQUE (contract_id, effective_from),
    CONSTRAINT fk_contract_version_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Append-only: the portal inserts entries and never updates or deletes them.
CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    subject_type  VARCHAR(32)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    at_utc        DATETIME     NOT NULL,
    summary       VARCHAR(500),
    before_json   LONGTEXT,
    after_json    LONGTEXT,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);
