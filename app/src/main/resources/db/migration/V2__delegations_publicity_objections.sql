-- Schema 2: delegations (四, 决定 D-12), publicity periods (六(二), 六(五), 决定 D-5) and objections (决定 D-6).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- A delegation of review authority to an association, as canonical JSON of every dated version. A narrowing or a
-- revocation rewrites the row from the version read (optimistic lock), keeping every earlier version in the JSON.
CREATE TABLE delegation (
    id               VARCHAR(64) PRIMARY KEY,
    association      VARCHAR(64) NOT NULL,
    delegation_json  VARCHAR     NOT NULL,
    version          BIGINT      NOT NULL CHECK (version >= 1)
);

-- One publicity period of an application: the recommender's (RECOMMENDATION, 六(二)) or the result (RESULT, 六(五)).
-- The posting day and length are what was decided; first and last day are derived from the holiday data when posted
-- and kept so that anyone reading the store sees the period without the calendar.
CREATE TABLE publicity (
    application_id  VARCHAR(64) NOT NULL REFERENCES application (id),
    kind            VARCHAR(16) NOT NULL,
    posted_on       DATE        NOT NULL,
    working_days    INTEGER     NOT NULL CHECK (working_days >= 5 AND working_days <= 60),
    first_day       DATE        NOT NULL,
    last_day        DATE        NOT NULL,
    PRIMARY KEY (application_id, kind)
);

-- Objections lodged during a publicity (决定 D-6) and their resolution, written once when resolved.
CREATE TABLE objection (
    id              VARCHAR(64)   PRIMARY KEY,
    application_id  VARCHAR(64)   NOT NULL REFERENCES application (id),
    kind            VARCHAR(16)   NOT NULL,
    lodged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    lodged_by       VARCHAR(200)  NOT NULL,
    grounds         VARCHAR(4000) NOT NULL,
    ruling          VARCHAR(16),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolved_by     VARCHAR(200),
    reasons         VARCHAR(4000)
);

CREATE INDEX objection_application ON objection (application_id, kind);
