-- Schema 1 of the review store (issue: the six-stage review, 10 and 11).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL. Instants are TIMESTAMP WITH TIME ZONE, written in UTC
-- (决定 D-14). Column names avoid words either database reserves (year, level, sequence).

-- A review round (三, 六): its id and year for lookups, and the round itself as canonical JSON.
CREATE TABLE review_round (
    id          VARCHAR(64) PRIMARY KEY,
    round_year  INTEGER     NOT NULL,
    round_json  VARCHAR     NOT NULL
);

-- An application and where it stands in the procedure of 六. The dossier is kept as canonical JSON with its
-- SHA-256, so the audit entry of the submission names exactly what was submitted. version is the optimistic lock:
-- every change is UPDATE ... WHERE id = ? AND version = ?, so of two concurrent acts only one can land.
CREATE TABLE application (
    id             VARCHAR(64) PRIMARY KEY,
    round_id       VARCHAR(64) NOT NULL REFERENCES review_round (id),
    field_code     VARCHAR(64) NOT NULL,
    title_level    VARCHAR(32) NOT NULL,
    dossier_json   VARCHAR     NOT NULL,
    dossier_sha256 CHAR(64)    NOT NULL,
    stage          VARCHAR(32) NOT NULL,
    version        BIGINT      NOT NULL CHECK (version >= 1),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX application_round ON application (round_id);

-- The audit chain of 七(二): append-only, one row per entry, never updated or deleted by the application. The
-- entry number is the primary key and the previous hash is unique, so two transactions that read the same head
-- cannot both append after it: the second fails and retries on the new head (no fork, no gap).
CREATE TABLE audit_entry (
    entry_number  BIGINT      PRIMARY KEY CHECK (entry_number >= 1),
    subject       VARCHAR(64) NOT NULL,
    entry_json    VARCHAR     NOT NULL,
    entry_hash    CHAR(64)    NOT NULL UNIQUE,
    previous_hash CHAR(64)    NOT NULL UNIQUE
);

CREATE INDEX audit_entry_subject ON audit_entry (subject);
