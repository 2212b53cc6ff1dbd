-- Staffing requests (issue 17) are mailed like the other events: a lead when a store manager asks
-- their vendor for more agents, a manager when the vendor answers. Users may turn each off.
ALTER TABLE notification_preference DROP CONSTRAINT ck_notification_preference_kind;
ALTER TABLE notification_preference ADD CONSTRAINT ck_notification_preference_kind CHECK (kind IN (
    'STATEMENT_ISSUED', 'STATEMENT_DISPUTED', 'DISPUTE_RAISED', 'DISPUTE_DECIDED', 'IMPORT_REFUSED',
    'TERMINATION_RIGHT', 'STAFFING_REQUESTED', 'STAFFING_DECIDED'));
