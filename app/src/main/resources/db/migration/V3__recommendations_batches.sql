-- Schema 3: recommendations (五(三)1, 六(二)), publicity periods replaced by a new posting after a return, and the
-- batches a local HR office sends to the province (六(二)). Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- A recommender's review of an application with its assessment of 品德 (五(一)1). An application returned for
-- correction and resubmitted is recommended again, so one application may hold several, one per act.
-- recommendation_json is the canonical JSON whose SHA-256 the audit entry of the act names.
CREATE TABLE recommendation (
    application_id        VARCHAR(64)   NOT NULL REFERENCES application (id),
    recommended_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recommender_kind      VARCHAR(32)   NOT NULL,
    recommender           VARCHAR(64)   NOT NULL,
    ethics                VARCHAR(16)   NOT NULL,
    remarks               VARCHAR(2000) NOT NULL,
    recommendation_json   VARCHAR       NOT NULL,
    recommendation_sha256 CHAR(64)      NOT NULL,
    PRIMARY KEY (application_id, recommended_at)
);

-- A publicity period that a later posting of the same kind replaced (the application was returned, resubmitted and
-- recommended again). Kept as it was, with the instant it was replaced: nothing posted is ever lost.
CREATE TABLE publicity_replaced (
    application_id  VARCHAR(64) NOT NULL REFERENCES application (id),
    kind            VARCHAR(16) NOT NULL,
    posted_on       DATE        NOT NULL,
    working_days    INTEGER     NOT NULL,
    first_day       DATE        NOT NULL,
    last_day        DATE        NOT NULL,
    replaced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, kind, replaced_at)
);

-- A batch of applications a local HR office reviewed and sent to the province (六(二): 经当地人社部门审核汇总后报送).
CREATE TABLE aggregation_batch (
    id        VARCHAR(64) PRIMARY KEY,
    office    VARCHAR(64) NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent      INTEGER     NOT NULL CHECK (sent >= 1),
    refused   INTEGER     NOT NULL CHECK (refused >= 0)
);

-- Every application listed in a batch, in the order listed: SENT (moved to AGGREGATED) or REFUSED, with the clause
-- and message key of the refusal.
CREATE TABLE aggregation_member (
    batch_id        VARCHAR(64)  NOT NULL REFERENCES aggregation_batch (id),
    member_no       INTEGER      NOT NULL CHECK (member_no >= 1),
    application_id  VARCHAR(64)  NOT NULL REFERENCES application (id),
    outcome         VARCHAR(16)  NOT NULL,
    clause          VARCHAR(64)  NOT NULL,
    reason_key      VARCHAR(128),
    PRIMARY KEY (batch_id, member_no)
);

CREATE UNIQUE INDEX aggregation_member_once ON aggregation_member (batch_id, application_id);
