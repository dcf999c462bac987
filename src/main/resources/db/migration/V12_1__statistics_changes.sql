-- The transactions that changed what statistics count, one row each, so that an answer computed once can be
-- served again exactly as long as no such change has committed since (statistics/DataVersions).
--
-- A statement trigger on every table statistics read writes the transaction's id, once per transaction: whatever
-- sent the write (a mutation, a reviewer's status, a merge, a migration, plain SQL), it leaves this trace, and it
-- commits or rolls back with the change itself. ENABLE ALWAYS: even a session that copies rows with
-- session_replication_role = replica, which switches ordinary triggers off, is seen.
CREATE TABLE statistics_change (
    tx_id xid8 PRIMARY KEY
);

CREATE FUNCTION statistics_change_noted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO statistics_change (tx_id) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    counted text;
BEGIN
    FOREACH counted IN ARRAY ARRAY['organisation', 'report', 'compliance_finding', 'problem', 'metric', 'citation',
            'commitment', 'reporting_obligation', 'deadline_rule', 'division'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION statistics_change_noted()', counted || '_statistics_change', counted);
        EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER %I', counted, counted || '_statistics_change');
    END LOOP;
END
$$;
