-- Schema 4: the qualification review (六(三)) and the dossiers an application had before a resubmission.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL. Instants are written in UTC (决定 D-14).

-- One row per concluded qualification review of an application (a returned application resubmitted is reviewed
-- again): the eligibility decision re-run on the stored dossier under the rule set in force on the round's cut-off
-- date, as its canonical JSON with its SHA-256 (what the audit entry names), the reviewer's verdicts on each piece
-- of evidence, and — for a return — what to correct and by which day.
CREATE TABLE qualification_review (
    application_id   VARCHAR(64)  NOT NULL REFERENCES application (id),
    review_no        INTEGER      NOT NULL CHECK (review_no >= 1),
    reviewed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewer         VARCHAR(200) NOT NULL,
    concluded_act    VARCHAR(32)  NOT NULL,
    dossier_sha256   CHAR(64)     NOT NULL,
    decision_json    VARCHAR      NOT NULL,
    decision_sha256  CHAR(64)     NOT NULL,
    verdicts_json    VARCHAR      NOT NULL,
    corrections_json VARCHAR      NOT NULL,
    correct_by       DATE,
    PRIMARY KEY (application_id, review_no)
);

-- The dossiers an application held before each resubmission (六(三) 补正), oldest first: the application row keeps
-- the current one, so the trace can show what changed. Written once, never updated.
CREATE TABLE dossier_history (
    application_id  VARCHAR(64) NOT NULL REFERENCES application (id),
    revision        INTEGER     NOT NULL CHECK (revision >= 1),
    dossier_json    VARCHAR     NOT NULL,
    dossier_sha256  CHAR(64)    NOT NULL,
    replaced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, revision)
);
