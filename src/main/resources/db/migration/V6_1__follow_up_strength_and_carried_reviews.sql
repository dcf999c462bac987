-- Follow-up in three outcomes, evidence that explains itself, and reviews carried over to a new version.

-- PARTLY_EVIDENCED: the core of a commitment is in the later report, part is not, or the match is weak.
-- The automatic-status rule was created unnamed (commitment_check1 on PostgreSQL): found by what it says.
DO $$
DECLARE
    automatic_rule text;
BEGIN
    SELECT conname INTO STRICT automatic_rule FROM pg_constraint
     WHERE conrelid = 'commitment'::regclass AND contype = 'c'
       AND pg_get_constraintdef(oid) LIKE '%status_source%' AND pg_get_constraintdef(oid) LIKE '%PLANNED%';
    EXECUTE format('ALTER TABLE commitment DROP CONSTRAINT %I', automatic_rule);
END
$$;
ALTER TABLE commitment DROP CONSTRAINT commitment_status_check;
ALTER TABLE commitment ADD CONSTRAINT commitment_status_check CHECK (status IN (
    'PLANNED', 'EVIDENCED', 'PARTLY_EVIDENCED', 'NOT_EVIDENCED', 'FULFILLED', 'PARTIAL', 'DROPPED'));
ALTER TABLE commitment ADD CONSTRAINT commitment_automatic_status_check CHECK (
    status_source = 'REVIEWER' OR status IN ('PLANNED', 'EVIDENCED', 'PARTLY_EVIDENCED', 'NOT_EVIDENCED'));

-- The commitment of the superseded version whose reviewer decision this one took over.
ALTER TABLE commitment ADD COLUMN carried_from_id bigint REFERENCES commitment (id) ON DELETE SET NULL;
CREATE INDEX commitment_carried_from_idx ON commitment (carried_from_id);

-- How strongly an item evidences the commitment, and which of the commitment's terms it holds.
ALTER TABLE commitment_evidence
    ADD COLUMN strength text NOT NULL DEFAULT 'STRONG' CHECK (strength IN ('STRONG', 'PARTIAL')),
    ADD COLUMN matched_terms text[] NOT NULL DEFAULT '{}';
ALTER TABLE commitment_evidence ALTER COLUMN strength DROP DEFAULT;
