-- The registry's data model: organisations, their reports and everything extracted from them,
-- commitments and their follow-up, and the change feed integrators read.

-- Organisations ----------------------------------------------------------------------------------

CREATE SEQUENCE organisation_seq INCREMENT BY 50;

CREATE TABLE organisation (
    id            bigint      PRIMARY KEY,
    name          text        NOT NULL CHECK (length(btrim(name)) > 0),
    kind          text        NOT NULL CHECK (kind IN ('GOVERNMENT', 'GOVERNMENT_OFFICE', 'DEPARTMENT',
                                                       'DEVELOPMENT_ZONE', 'TOWNSHIP', 'OTHER')),
    parent_id     bigint      REFERENCES organisation (id) CHECK (parent_id <> id),
    -- GB/T 2260 administrative division code.
    division_code text       CHECK (division_code ~ '^[0-9]{6}$'),
    division_name text,
    -- 统一社会信用代码 (GB 32100-2015); the check character is verified by the service.
    credit_code   text        UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
CREATE INDEX organisation_division_idx ON organisation (division_code text_pattern_ops);
CREATE INDEX organisation_name_idx ON organisation (name);

CREATE TABLE organisation_other_name (
    organisation_id bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name            text   NOT NULL CHECK (length(btrim(name)) > 0),
    PRIMARY KEY (organisation_id, name)
);
CREATE INDEX organisation_other_name_name_idx ON organisation_other_name (name);

CREATE SEQUENCE organisation_identifier_seq INCREMENT BY 50;

CREATE TABLE organisation_identifier (
    id              bigint PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    scheme          text   NOT NULL CHECK (length(btrim(scheme)) > 0),
    value           text   NOT NULL CHECK (length(btrim(value)) > 0),
    UNIQUE (scheme, value)
);
CREATE INDEX organisation_identifier_org_idx ON organisation_identifier (organisation_id);

-- Reports ----------------------------------------------------------------------------------------

CREATE SEQUENCE report_seq INCREMENT BY 50;

CREATE TABLE report (
    id              bigint      PRIMARY KEY,
    organisation_id bigint      NOT NULL REFERENCES organisation (id),
    report_year     integer    NOT NULL CHECK (report_year BETWEEN 1990 AND 2100),
    title           text,
    document_number text,
    index_number    text,
    signer          text,
    recipient       text,
    issued_date     date,
    published_date  date,
    source_url      text,
    script          text        NOT NULL CHECK (script IN ('SIMPLIFIED', 'TRADITIONAL')),
    -- The submitted text exactly as received (UTF-8 bytes), whatever it contains.
    original_text   bytea       NOT NULL,
    normalised_text text        NOT NULL,
    -- SHA-256 of the normalised text: the same text for the same organisation and year is one report.
    content_hash    text       NOT NULL,
    state           text        NOT NULL CHECK (state IN ('CURRENT', 'SUPERSEDED', 'WITHDRAWN')),
    supersedes_id   bigint      REFERENCES report (id),
    parser_version  text        NOT NULL,
    warnings        text[]      NOT NULL DEFAULT '{}',
    submitted_by    text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0
);
-- At most one current report per organisation and year; superseded and withdrawn ones are kept.
CREATE UNIQUE INDEX report_current_uq ON report (organisation_id, report_year) WHERE state = 'CURRENT';
CREATE INDEX report_org_year_idx ON report (organisation_id, report_year);
CREATE INDEX report_year_idx ON report (report_year);
CREATE INDEX report_hash_idx ON report (organisation_id, report_year, content_hash);

CREATE SEQUENCE compliance_finding_seq INCREMENT BY 50;

CREATE TABLE compliance_finding (
    id           bigint PRIMARY KEY,
    report_id    bigint NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    rule         text   NOT NULL CHECK (rule IN ('MISSING_MEASURES_AND_RESULTS', 'MISSING_PROBLEMS',
                                                 'MISSING_LEADER_RESPONSIBILITY', 'MISSING_NEXT_YEAR_PLAN',
                                                 'LATE_PUBLICATION', 'YEAR_MISMATCH')),
    severity     text   NOT NULL CHECK (severity IN ('VIOLATION', 'WARNING')),
    message      text   NOT NULL,
    start_offset integer CHECK (start_offset >= 0),
    end_offset   integer CHECK (end_offset >= start_offset)
);
CREATE INDEX compliance_finding_report_idx ON compliance_finding (report_id);
CREATE INDEX compliance_finding_rule_idx ON compliance_finding (rule);

CREATE SEQUENCE section_seq INCREMENT BY 50;

CREATE TABLE section (
    id           bigint  PRIMARY KEY,
    report_id    bigint  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    kind         text    NOT NULL CHECK (kind IN ('PREAMBLE', 'MEASURES_AND_RESULTS', 'LEADER_RESPONSIBILITY',
                                                  'PLAN_PROGRESS', 'PROBLEMS', 'NEXT_YEAR_PLAN',
                                                  'OTHERS_TO_REPORT', 'OTHER')),
    heading      text,
    ordinal      integer NOT NULL CHECK (ordinal >= 0),
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL CHECK (end_offset >= start_offset),
    UNIQUE (report_id, ordinal)
);

CREATE SEQUENCE item_seq INCREMENT BY 50;

CREATE TABLE item (
    id           bigint   PRIMARY KEY,
    report_id    bigint   NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    section_id   bigint   NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    parent_id    bigint   REFERENCES item (id) ON DELETE CASCADE,
    marker       text,
    title        text,
    text         text     NOT NULL,
    ordinal      integer  NOT NULL CHECK (ordinal >= 0),
    depth        integer NOT NULL CHECK (depth >= 0),
    themes       text[]   NOT NULL DEFAULT '{}',
    start_offset integer  NOT NULL CHECK (start_offset >= 0),
    end_offset   integer  NOT NULL CHECK (end_offset >= start_offset)
);
CREATE INDEX item_report_idx ON item (report_id, start_offset);
CREATE INDEX item_section_idx ON item (section_id);
CREATE INDEX item_parent_idx ON item (parent_id);

CREATE SEQUENCE problem_seq INCREMENT BY 50;

CREATE TABLE problem (
    id              bigint  PRIMARY KEY,
    report_id       bigint  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    item_id         bigint  REFERENCES item (id) ON DELETE CASCADE,
    title           text,
    text            text    NOT NULL,
    ordinal         integer NOT NULL CHECK (ordinal >= 0),
    themes          text[]  NOT NULL DEFAULT '{}',
    -- The same problem in the organisation's previous report, when it recurs.
    recurs_from_id  bigint  REFERENCES problem (id) ON DELETE SET NULL,
    recurrence_score double precision   CHECK (recurrence_score BETWEEN 0 AND 1),
    start_offset    integer NOT NULL CHECK (start_offset >= 0),
    end_offset      integer NOT NULL CHECK (end_offset >= start_offset)
);
CREATE INDEX problem_report_idx ON problem (report_id, ordinal);

CREATE SEQUENCE metric_seq INCREMENT BY 50;

CREATE TABLE metric (
    id           bigint  PRIMARY KEY,
    report_id    bigint  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    value        numeric NOT NULL,
    unit         text    NOT NULL CHECK (length(unit) > 0),
    qualifier    text    CHECK (qualifier IN ('余', '多', '近', '以上', '超过')),
    about        text    NOT NULL,
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL CHECK (end_offset >= start_offset)
);
CREATE INDEX metric_report_idx ON metric (report_id, start_offset);
CREATE INDEX metric_unit_idx ON metric (unit);

CREATE SEQUENCE citation_seq INCREMENT BY 50;

CREATE TABLE citation (
    id              bigint  PRIMARY KEY,
    report_id       bigint  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    title           text    NOT NULL CHECK (length(title) > 0),
    canonical_title text    NOT NULL CHECK (length(canonical_title) > 0),
    kind            text    NOT NULL CHECK (kind IN ('LAW', 'ADMINISTRATIVE_REGULATION', 'LOCAL_REGULATION',
                                                     'PARTY_REGULATION', 'POLICY_DOCUMENT', 'OTHER')),
    occurrences     integer NOT NULL CHECK (occurrences > 0),
    start_offset    integer NOT NULL CHECK (start_offset >= 0),
    end_offset      integer NOT NULL CHECK (end_offset >= start_offset)
);
CREATE INDEX citation_report_idx ON citation (report_id, start_offset);
CREATE INDEX citation_canonical_idx ON citation (canonical_title);

-- Commitments ------------------------------------------------------------------------------------

CREATE SEQUENCE commitment_seq INCREMENT BY 50;

CREATE TABLE commitment (
    id              bigint      PRIMARY KEY,
    report_id       bigint      NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    organisation_id bigint      NOT NULL REFERENCES organisation (id),
    item_id         bigint      REFERENCES item (id) ON DELETE SET NULL,
    title           text        NOT NULL,
    text            text        NOT NULL,
    ordinal         integer     NOT NULL CHECK (ordinal >= 0),
    target_year     integer    NOT NULL CHECK (target_year BETWEEN 1990 AND 2101),
    themes          text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL CHECK (status IN ('PLANNED', 'EVIDENCED', 'NOT_EVIDENCED',
                                                           'FULFILLED', 'PARTIAL', 'DROPPED')),
    status_source   text        NOT NULL CHECK (status_source IN ('AUTO', 'REVIEWER')),
    note            text,
    start_offset    integer     NOT NULL CHECK (start_offset >= 0),
    end_offset      integer     NOT NULL CHECK (end_offset >= start_offset),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0,
    CHECK (status_source = 'REVIEWER' OR status IN ('PLANNED', 'EVIDENCED', 'NOT_EVIDENCED'))
);
CREATE INDEX commitment_org_year_idx ON commitment (organisation_id, target_year);
CREATE INDEX commitment_report_idx ON commitment (report_id, ordinal);
CREATE INDEX commitment_status_idx ON commitment (status);

-- The later report's items that carry a commitment out, best first.
CREATE TABLE commitment_evidence (
    commitment_id bigint NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    item_id       bigint NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    score         double precision   NOT NULL CHECK (score BETWEEN 0 AND 1),
    rank          integer NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (commitment_id, item_id)
);

CREATE SEQUENCE commitment_status_change_seq INCREMENT BY 50;

CREATE TABLE commitment_status_change (
    id            bigint      PRIMARY KEY,
    commitment_id bigint      NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    from_status   text,
    to_status     text        NOT NULL,
    source        text        NOT NULL CHECK (source IN ('AUTO', 'REVIEWER')),
    actor         text,
    note          text,
    evidence_item_id bigint   REFERENCES item (id) ON DELETE SET NULL,
    evidence_score double precision,
    changed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commitment_status_change_idx ON commitment_status_change (commitment_id, changed_at);

-- Change feed ------------------------------------------------------------------------------------

-- Every change integrators must see. Readers page by (tx_id, id) and only up to the oldest
-- transaction still running, so a late commit can never slip in behind a cursor already handed out.
CREATE TABLE change_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx_id       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    entity_type text        NOT NULL CHECK (entity_type IN ('ORGANISATION', 'REPORT', 'COMMITMENT')),
    entity_id   bigint      NOT NULL,
    action      text        NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'SUPERSEDED', 'WITHDRAWN',
                                                       'STATUS_CHANGED')),
    actor       text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_event_order_idx ON change_event (tx_id, id);
