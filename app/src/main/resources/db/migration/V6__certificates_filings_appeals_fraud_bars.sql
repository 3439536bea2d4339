-- Schema 6: certificates (六(六)), the filing of an association's results (备案, 六(六), 四, 决定 D-12),
-- re-examinations (复查, 决定 D-10) and fraud bars (决定 D-13).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL; no column is named with a word either reserves.

-- A certificate as issued: its number, the application it was issued on (one each), the canonical content that
-- was signed, the key and signature, the compact signed string a QR code carries, and its status. A revocation
-- never changes the content: it is a signed record of its own, kept beside it.
CREATE TABLE certificate (
    cert_number         VARCHAR(32)   PRIMARY KEY,
    application_id      VARCHAR(64)   NOT NULL UNIQUE REFERENCES application (id),
    issue_year          INTEGER       NOT NULL CHECK (issue_year >= 2000 AND issue_year <= 9999),
    series_code         VARCHAR(32)   NOT NULL,
    title_level         VARCHAR(32)   NOT NULL,
    serial_no           INTEGER       NOT NULL CHECK (serial_no >= 1 AND serial_no <= 999999),
    issuing_body        VARCHAR(64)   NOT NULL,
    content_json        VARCHAR       NOT NULL,
    content_sha256      CHAR(64)      NOT NULL,
    key_id              CHAR(16)      NOT NULL,
    signature           VARCHAR(100)  NOT NULL,
    signed_string       VARCHAR       NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    revoked_on          DATE,
    revocation_decision VARCHAR(200),
    revocation_reason   VARCHAR(2000),
    signed_revocation   VARCHAR,
    UNIQUE (issue_year, series_code, title_level, serial_no)
);

-- The filing (备案) of an association's round results with the provincial office: filed once by the association,
-- acknowledged once by the office with its filing reference. filing_json lists the applications filed.
CREATE TABLE filing (
    round_id          VARCHAR(64)   PRIMARY KEY REFERENCES review_round (id),
    association       VARCHAR(64)   NOT NULL,
    delegation_id     VARCHAR(64)   NOT NULL,
    name_zh           VARCHAR(200)  NOT NULL,
    name_en           VARCHAR(200)  NOT NULL,
    filing_json       VARCHAR       NOT NULL,
    filing_sha256     CHAR(64)      NOT NULL,
    filed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_by          VARCHAR(64)   NOT NULL,
    acknowledged_at   TIMESTAMP WITH TIME ZONE,
    acknowledged_by   VARCHAR(64),
    filing_reference  VARCHAR(100)
);

-- A request for re-examination (决定 D-10) and its decision. One per application, which belongs to one round:
-- the primary key keeps it to one re-examination per round even against parallel requests.
CREATE TABLE appeal (
    application_id  VARCHAR(64)   PRIMARY KEY REFERENCES application (id),
    round_id        VARCHAR(64)   NOT NULL REFERENCES review_round (id),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    grounds         VARCHAR(4000) NOT NULL,
    last_day        DATE          NOT NULL,
    ruling          VARCHAR(16),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(64),
    reasons         VARCHAR(4000)
);

-- The bar on applying after a revocation for fraud (决定 D-13), kept against the holder's ID-number digest
-- (PBKDF2, salted with the certificate number) and the masked number the certificate shows; never the number.
CREATE TABLE fraud_bar (
    cert_number       VARCHAR(32)   PRIMARY KEY REFERENCES certificate (cert_number),
    holder_name       VARCHAR(100)  NOT NULL,
    masked_id_number  VARCHAR(32)   NOT NULL,
    id_number_digest  VARCHAR(100)  NOT NULL,
    revoked_on        DATE          NOT NULL,
    barred_through    DATE          NOT NULL,
    decision_ref      VARCHAR(200)  NOT NULL
);

CREATE INDEX fraud_bar_masked ON fraud_bar (masked_id_number);
