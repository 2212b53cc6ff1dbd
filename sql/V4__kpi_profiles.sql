-- KPI import profiles: which header of a platform's export means which canonical field (KpiField).
-- The built-in profiles are inserted at start-up when their code is missing; an administrator may
-- then edit them (not delete them) and add profiles of their own.

CREATE TABLE kpi_profile (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    platform  VARCHAR(16),
    built_in  BOOLEAN      NOT NULL DEFAULT FALSE,
    version   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_kpi_profile_code UNIQUE (code),
    CONSTRAINT ck_kpi_profile_platform CHECK (platform IS NULL
        OR platform IN ('TMALL', 'TAOBAO', 'JD', 'DOUYIN', 'KUAISHOU', 'PINDUODUO', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- header is as the admin wrote it; normalized is what an export's header is compared with
-- (ProfileMapping.normalize: NFKC, no white space, lower case), compared byte for byte so that the
-- database never calls two headers equal that the portal tells apart.
CREATE TABLE kpi_profile_alias (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    profile_id  BIGINT       NOT NULL,
    header      VARCHAR(100) NOT NULL,
    normalized  VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    field       VARCHAR(32)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_kpi_profile_alias UNIQUE (profile_id, normalized),
    CONSTRAINT fk_kpi_profile_alias_profile FOREIGN KEY (profile_id) REFERENCES kpi_profile (id),
    CONSTRAINT ck_kpi_profile_alias_field CHECK (field IN ('STORE', 'AGENT_ACCOUNT', 'BUSINESS_DATE',
        'CONSULTATIONS', 'RECEIVED', 'INQUIRIES', 'ORDERS', 'PAID_BUYERS', 'SALES_AMOUNT', 'REFUND_COUNT',
        'REFUND_AMOUNT', 'RETURNS', 'DISPUTES', 'FIRST_RESPONSE', 'AVG_RESPONSE', 'RESPONSE_SESSIONS',
        'RESPONDED_3MIN', 'RESPONDED_30S', 'RATINGS', 'SATISFIED', 'DISSATISFIED', 'ONLINE_HOURS',
        'CONVERSION_RATE', 'RESPONSE_RATE_3MIN', 'RESPONSE_RATE_30S', 'SATISFACTION_RATE', 'REPLY_RATE',
        'RATING_VERY_SATISFIED', 'RATING_SATISFIED', 'RATING_NEUTRAL', 'RATING_DISSATISFIED',
        'RATING_VERY_DISSATISFIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
