-- Who must report for a year, and by when.

-- The bodies expected to report on a year. LIST: named by an integrator (setReportingObligations);
-- RULE: derived from the map (deriveReportingObligations). A body named both ways keeps its first source.
CREATE TABLE reporting_obligation (
    report_year     integer     NOT NULL CHECK (report_year BETWEEN 1990 AND 2100),
    organisation_id bigint      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    source          text        NOT NULL CHECK (source IN ('LIST', 'RULE')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (report_year, organisation_id)
);
CREATE INDEX reporting_obligation_organisation_idx ON reporting_obligation (organisation_id);

-- By when a report on a year must be public: before a day of the following year. A rule holds for a
-- division's subtree (all divisions when null) and one year (every year when null); the rule of the
-- nearest division wins, and among those a rule for the year beats one for every year.
CREATE SEQUENCE deadline_rule_seq INCREMENT BY 50;

CREATE TABLE deadline_rule (
    id               bigint   PRIMARY KEY,
    division_code    text     REFERENCES division (code),
    -- What every division code of the subtree starts with (500000 → 50); '' for the whole country.
    division_prefix  text     NOT NULL CHECK (division_prefix ~ '^([0-9]{2,9})?$'),
    report_year      integer  CHECK (report_year BETWEEN 1990 AND 2100),
    due_before_month smallint NOT NULL CHECK (due_before_month BETWEEN 1 AND 12),
    due_before_day   smallint NOT NULL CHECK (due_before_day BETWEEN 1 AND 31),
    basis            text     NOT NULL CHECK (length(btrim(basis)) > 0),
    CHECK ((division_code IS NULL) = (division_prefix = ''))
);
CREATE UNIQUE INDEX deadline_rule_scope_uq ON deadline_rule (division_prefix, coalesce(report_year, 0));

-- Art. 24: reports are made public before 1 April of the following year.
INSERT INTO deadline_rule (id, division_code, division_prefix, report_year, due_before_month, due_before_day, basis)
VALUES (nextval('deadline_rule_seq'), NULL, '', NULL, 4, 1,
        '《法治政府建设与责任落实督察工作规定》第二十四条：每年4月1日之前通过报刊、网站等新闻媒体向社会公开');
