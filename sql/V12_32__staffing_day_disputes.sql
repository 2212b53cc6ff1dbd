-- A vendor lead can dispute a short staffing day like a breach (PRODUCT.md: "short days are shown,
-- disputable, and priced by the contract"). The dispute's subject is the day itself: subject_type
-- STAFFING_DAY, subject_id the day as days since 1970-01-01 (LocalDate.toEpochDay), unique within the
-- contract. An ACCEPTED dispute of a day is its waiver: the staffing reconciliation leaves the day's
-- shortfall out (no fine, no surcharge withheld). No other table: the waiver is the decided dispute.
ALTER TABLE sla_dispute DROP CONSTRAINT ck_sla_dispute_subject;

ALTER TABLE sla_dispute ADD CONSTRAINT ck_sla_dispute_subject
    CHECK (subject_type IN ('BREACH', 'INCIDENT', 'STAFFING_DAY'));
