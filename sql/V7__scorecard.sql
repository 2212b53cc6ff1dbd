-- The vendor comparison's scorecard: the weight each user gives each criterion (0-100). A user
-- without rows uses the default weights; saving writes the user's whole set.
CREATE TABLE user_scorecard (
    user_name  VARCHAR(64)  NOT NULL,
    criterion  VARCHAR(32)  NOT NULL,
    weight     INT          NOT NULL,
    PRIMARY KEY (user_name, criterion),
    CONSTRAINT ck_user_scorecard_weight CHECK (weight BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
