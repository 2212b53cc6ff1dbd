-- Long runs a user starts ("generate all" statements) run as background jobs: this row is their
-- status (polled by the page and the API) and their lock. running_kind holds the job's kind while it
-- is QUEUED or RUNNING and is NULL once it ended, so the unique key lets at most one job of a kind run
-- at a time across every portal instance. The running instance beats heartbeat_at; a job whose
-- heartbeat is older than the stale timeout (its instance died) is ended as FAILED by the next request.
CREATE TABLE background_job (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(40)   NOT NULL,
    running_kind  VARCHAR(40),
    state         VARCHAR(10)   NOT NULL,
    done_count    INT           NOT NULL DEFAULT 0,
    total_count   INT           NOT NULL DEFAULT 0,
    summary       VARCHAR(2000),
    error         VARCHAR(2000),
    requested_by  VARCHAR(64)   NOT NULL,
    requested_at  DATETIME(6)   NOT NULL,
    heartbeat_at  DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_background_job_running UNIQUE (running_kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
