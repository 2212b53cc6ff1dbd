-- Foundation: stores, vendors, agents with their platform accounts, users with roles and scopes.
-- One dialect for MySQL 8 / MariaDB >= 10.11 and H2 in MySQL mode (the embedded default).

CREATE TABLE store (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    platform    VARCHAR(16)  NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_store_code UNIQUE (code),
    CONSTRAINT ck_store_platform CHECK (platform IN ('TMALL', 'TAOBAO', 'JD', 'DOUYIN', 'KUAISHOU', 'PINDUODUO', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE vendor (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NOT NULL,
    legal_name     VARCHAR(200) NOT NULL,
    credit_code    CHAR(18)     NOT NULL,
    taxpayer_type  VARCHAR(16)  NOT NULL,
    contact_name   VARCHAR(100),
    contact_phone  VARCHAR(40),
    contact_email  VARCHAR(200),
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_vendor_name UNIQUE (name),
    CONSTRAINT uk_vendor_credit_code UNIQUE (credit_code),
    CONSTRAINT ck_vendor_taxpayer CHECK (taxpayer_type IN ('GENERAL', 'SMALL_SCALE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE agent (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    vendor_id     BIGINT       NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    status        VARCHAR(8)   NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agent_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT ck_agent_status CHECK (status IN ('ACTIVE', 'LEFT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_agent_vendor ON agent (vendor_id);

-- An account name on a store identifies exactly one agent: KPI imports match rows by it.
CREATE TABLE agent_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    agent_id      BIGINT       NOT NULL,
    store_id      BIGINT       NOT NULL,
    account_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agent_account UNIQUE (store_id, account_name),
    CONSTRAINT fk_agent_account_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_agent_account_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_agent_account_agent ON agent_account (agent_id);

CREATE TABLE portal_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(512) NOT NULL,
    vendor_id      BIGINT,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_portal_user_username UNIQUE (username),
    CONSTRAINT fk_portal_user_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
    CONSTRAINT ck_user_role_role CHECK (role IN ('ADMIN', 'STORE_MANAGER', 'VENDOR_LEAD', 'FINANCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_store (
    user_id   BIGINT NOT NULL,
    store_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, store_id),
    CONSTRAINT fk_user_store_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
    CONSTRAINT fk_user_store_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
