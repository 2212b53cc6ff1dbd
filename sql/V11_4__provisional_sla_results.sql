-- A window that has not ended is judged only provisionally: its result is PROVISIONAL_MET,
-- PROVISIONAL_BREACHED or PROVISIONAL_NOT_JUDGED until the evaluation after it closes judges it for
-- good, and a provisional result counts toward no penalty, statement or run of consecutive breaches.
ALTER TABLE sla_result DROP CONSTRAINT ck_sla_result_outcome;
ALTER TABLE sla_result MODIFY outcome VARCHAR(24) NOT NULL;
ALTER TABLE sla_result ADD CONSTRAINT ck_sla_result_outcome CHECK (outcome IN ('MET', 'BREACHED', 'NOT_JUDGED',
    'PROVISIONAL_MET', 'PROVISIONAL_BREACHED', 'PROVISIONAL_NOT_JUDGED'));

-- Results of windows that may still be running when this runs are marked provisional. The database's
-- date need not be Beijing's, so a day's margin: a window that closed yesterday is marked too, and
-- the nightly run (ClosedWindows) judges it for good. Waived breaches stay as they are: a dispute
-- was accepted on them.
UPDATE sla_result SET outcome = CONCAT('PROVISIONAL_', outcome)
WHERE window_end >= CURRENT_DATE - INTERVAL '1' DAY AND waived = FALSE;
