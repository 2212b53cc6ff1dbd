-- A daily report fallen due missing is mailed to the vendor's leads and the store's managers
-- (notification kind REPORT_MISSING), once per contract and day: the hourly check records each day
-- it announces here, with INSERT IGNORE on the primary key, and announces only the rows it inserted —
-- so hourly runs, a manual run and several instances never mail a day twice.
CREATE TABLE report_day_missed (
    contract_id    BIGINT   NOT NULL,
    business_date  DATE     NOT NULL,
    due_at         DATETIME NOT NULL,
    recorded_at    DATETIME NOT NULL,
    PRIMARY KEY (contract_id, business_date),
    CONSTRAINT fk_report_day_missed_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE notification_preference DROP CONSTRAINT ck_notification_preference_kind;
ALTER TABLE notification_preference ADD CONSTRAINT ck_notification_preference_kind CHECK (kind IN (
    'STATEMENT_ISSUED', 'STATEMENT_DISPUTED', 'DISPUTE_RAISED', 'DISPUTE_DECIDED', 'IMPORT_REFUSED',
    'TERMINATION_RIGHT', 'STAFFING_REQUESTED', 'STAFFING_DECIDED', 'REPORT_MISSING'));
