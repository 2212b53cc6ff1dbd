-- Notifications by e-mail (issue 18): a user's address and language, and which notifications each
-- user wants. A kind without a row takes its default: on for the notifications of the user's roles.
ALTER TABLE portal_user ADD COLUMN email VARCHAR(200);
ALTER TABLE portal_user ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'zh';
ALTER TABLE portal_user ADD CONSTRAINT ck_portal_user_language CHECK (language IN ('zh', 'en'));

CREATE TABLE notification_preference (
    user_id  BIGINT       NOT NULL,
    kind     VARCHAR(32)  NOT NULL,
    enabled  BOOLEAN      NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
    CONSTRAINT ck_notification_preference_kind CHECK (kind IN ('STATEMENT_ISSUED', 'STATEMENT_DISPUTED',
        'DISPUTE_RAISED', 'DISPUTE_DECIDED', 'IMPORT_REFUSED', 'TERMINATION_RIGHT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
