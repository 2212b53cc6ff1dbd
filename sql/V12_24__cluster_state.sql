-- State every portal instance must share (several instances on one database).
--
-- One row per scheduled job (ShedLock's table, used by platform.OncePerCluster): the instance that
-- inserts the row or moves a passed lock_until forward runs the job; every other instance skips it
-- until lock_until. A run whose instance died keeps the lock only until its lock_until. Times are
-- written by the instances' clocks (same time zone, synchronized clocks).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The sign-in throttle's failures (security.control.LoginThrottle) per key — a user name with a
-- client address, or a client address — kept as a SHA-256 so neither appears here. Counting in one
-- statement (INSERT … ON DUPLICATE KEY UPDATE) keeps concurrent failures on several instances exact.
-- Rows without a failure for the forget time are deleted by an hourly job.
CREATE TABLE login_failure (
    throttle_key CHAR(64)    NOT NULL,
    failures     INT         NOT NULL,
    last_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (throttle_key),
    INDEX ix_login_failure_last (last_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
