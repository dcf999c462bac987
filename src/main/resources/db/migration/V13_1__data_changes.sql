-- The record of changes (V12_1) now stands for every answer kept in memory, not statistics alone: the JSON answers
-- of reports and their nested fields (sqljson/) read sections, items and other names too, so those tables leave the
-- same trace. One table for all: a change anywhere makes every kept answer be computed again.
ALTER TABLE statistics_change RENAME TO data_change;
ALTER TABLE data_change RENAME CONSTRAINT statistics_change_pkey TO data_change_pkey;
ALTER FUNCTION statistics_change_noted() RENAME TO data_change_noted;

CREATE OR REPLACE FUNCTION data_change_noted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_change (tx_id) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    kept text;
BEGIN
    FOREACH kept IN ARRAY ARRAY['organisation', 'report', 'compliance_finding', 'problem', 'metric', 'citation',
            'commitment', 'reporting_obligation', 'deadline_rule', 'division'] LOOP
        EXECUTE format('ALTER TRIGGER %I ON %I RENAME TO %I', kept || '_statistics_change', kept, kept || '_data_change');
    END LOOP;
    FOREACH kept IN ARRAY ARRAY['section', 'item', 'organisation_other_name'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION data_change_noted()', kept || '_data_change', kept);
        EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER %I', kept, kept || '_data_change');
    END LOOP;
END
$$;
