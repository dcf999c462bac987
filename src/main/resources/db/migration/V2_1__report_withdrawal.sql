-- Why and by whom a report was withdrawn (withdrawReport); the report itself keeps state WITHDRAWN.
CREATE TABLE report_withdrawal (
    report_id    bigint      PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    reason       text        NOT NULL CHECK (length(btrim(reason)) > 0),
    withdrawn_by text,
    withdrawn_at timestamptz NOT NULL
);
