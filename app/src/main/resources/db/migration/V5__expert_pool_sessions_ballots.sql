-- Schema 5: the expert pool, review sessions with their committee draw, and the secret ballot (七(二), 七(三);
-- 决定 D-7, D-8, D-9). Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- The expert pool (七(三)): one row per expert, the expert record as canonical JSON (fields, title level, employer's
-- unified social credit code, declared relations). A new registration of the same id replaces the record from the
-- version read, so a relation declared later counts in every later act (决定 D-9).
CREATE TABLE expert (
    id           VARCHAR(64) PRIMARY KEY,
    expert_json  VARCHAR     NOT NULL,
    version      BIGINT      NOT NULL CHECK (version >= 1)
);

-- A review session of one field at one level (七(三)) and how far it has come: OPENED, DRAWN, VOTING, CLOSED.
-- committee_size is derived from the level (决定 D-7) unless the session chose a larger odd size.
CREATE TABLE review_session (
    id              VARCHAR(64) PRIMARY KEY,
    field_code      VARCHAR(64) NOT NULL,
    title_level     VARCHAR(32) NOT NULL,
    committee_size  INTEGER     NOT NULL CHECK (committee_size >= 11 AND committee_size <= 301),
    group_size      INTEGER     NOT NULL CHECK (group_size >= 3 AND group_size <= 25),
    phase           VARCHAR(16) NOT NULL,
    result_sha256   CHAR(64),
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The applications a session reviews; an application is reviewed by one session.
CREATE TABLE session_application (
    session_id      VARCHAR(64) NOT NULL REFERENCES review_session (id),
    application_id  VARCHAR(64) NOT NULL UNIQUE REFERENCES application (id),
    PRIMARY KEY (session_id, application_id)
);

-- The draw of a session's committee (七(三)): the seed and its algorithm, the whole draw record as canonical JSON
-- (session, applicants, candidate pool in canonical order, committee in draw order, every exclusion with its
-- reason) and its SHA-256, and the review groups with their own seed (决定 D-8). Anyone holding the record can run
-- the draw again and compare.
CREATE TABLE committee_draw (
    session_id      VARCHAR(64) PRIMARY KEY REFERENCES review_session (id),
    algorithm       VARCHAR(64) NOT NULL,
    seed            BIGINT      NOT NULL,
    record_json     VARCHAR     NOT NULL,
    record_sha256   CHAR(64)    NOT NULL,
    group_algorithm VARCHAR(64) NOT NULL,
    group_seed      BIGINT      NOT NULL,
    groups_json     VARCHAR     NOT NULL,
    drawn_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The committee's members, for the checks of every later act (the draw order is in the record).
CREATE TABLE committee_member (
    session_id  VARCHAR(64) NOT NULL REFERENCES review_session (id),
    expert_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, expert_id)
);

-- Every expert left out of the draw, with the reason (七(三): every exclusion recorded): the message key, its
-- arguments as canonical JSON and the clauses. application_id is '' for an exclusion that concerns no application
-- (outside the field, below the level).
CREATE TABLE draw_exclusion (
    session_id      VARCHAR(64)  NOT NULL REFERENCES review_session (id),
    expert_id       VARCHAR(64)  NOT NULL,
    application_id  VARCHAR(64)  NOT NULL,
    reason_key      VARCHAR(100) NOT NULL,
    reason_args     VARCHAR(2000) NOT NULL,
    clauses         VARCHAR(200) NOT NULL,
    PRIMARY KEY (session_id, expert_id, application_id)
);

-- The evaluation methods a session used (五(一)2, 七(二)).
CREATE TABLE session_method (
    session_id  VARCHAR(64) NOT NULL REFERENCES review_session (id),
    method      VARCHAR(32) NOT NULL,
    PRIMARY KEY (session_id, method)
);

-- The members present at the session's vote (决定 D-7): presence, not arrival, so no time and no order.
CREATE TABLE session_attendance (
    session_id  VARCHAR(64) NOT NULL REFERENCES review_session (id),
    expert_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, expert_id)
);

-- The secret ballot (七(二) 无记名投票, 决定 D-7). Who voted and what was voted are kept apart so that nothing links
-- them. ballot_participation says only that a member has voted on an application: no vote, no time, no sequence.
-- ballot_count holds what was voted as three counts per application, created at zero when the box opens and
-- incremented in place, so no ballot exists as a row: no row order, row id, timestamp or sequence can tie a vote
-- to a voter. The audit entry of a ballot records the participation only, never the vote. What lies below SQL is
-- the database's own history (PostgreSQL's write-ahead log and dead row versions until vacuum, H2's pages until
-- compaction): whoever holds the database's files holds that history, so they are kept as closely as the ballot box.
CREATE TABLE ballot_participation (
    session_id      VARCHAR(64) NOT NULL REFERENCES review_session (id),
    application_id  VARCHAR(64) NOT NULL,
    expert_id       VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, application_id, expert_id)
);

CREATE TABLE ballot_count (
    session_id      VARCHAR(64) NOT NULL REFERENCES review_session (id),
    application_id  VARCHAR(64) NOT NULL,
    yes_count       INTEGER     NOT NULL CHECK (yes_count >= 0),
    no_count        INTEGER     NOT NULL CHECK (no_count >= 0),
    abstain_count   INTEGER     NOT NULL CHECK (abstain_count >= 0),
    PRIMARY KEY (session_id, application_id)
);

-- The tally of each application once the box is closed (决定 D-7, D-9), with its explanation.
CREATE TABLE ballot_tally (
    session_id        VARCHAR(64) NOT NULL REFERENCES review_session (id),
    application_id    VARCHAR(64) NOT NULL,
    tally_result      VARCHAR(16) NOT NULL,
    present_count     INTEGER     NOT NULL,
    recused_count     INTEGER     NOT NULL,
    pass_mark         INTEGER     NOT NULL,
    explanation_key   VARCHAR(100) NOT NULL,
    explanation_args  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (session_id, application_id)
);

-- Each present member's confirmation of the result's SHA-256 (七(二): the committee signs the result).
CREATE TABLE result_confirmation (
    session_id     VARCHAR(64) NOT NULL REFERENCES review_session (id),
    expert_id      VARCHAR(64) NOT NULL,
    result_sha256  CHAR(64)    NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, expert_id)
);
