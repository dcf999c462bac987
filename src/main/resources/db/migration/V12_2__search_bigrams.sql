-- The reports holding a two-character query (复议, 政务), found through an index: pg_trgm (V2_2) extracts no trigram
-- from a LIKE pattern shorter than three characters, so without this every current report's text was read. The
-- index holds each current report's character bigrams (title and text), and a report holds a two-character query
-- exactly when its bigrams contain it; LIKE rechecks the rows it finds. Items and commitments are spans of their
-- report's text, so their hits are looked for in the reports found (search/SearchCandidates).

-- A first build over a large registry outlasts the service's statement timeout; this transaction has none.
SET LOCAL statement_timeout = 0;

-- Every pair of adjacent characters: those starting at even and at odd positions, each pair followed by a space
-- to split on. Pairs holding a space split into pieces no two-character query without spaces can match. It reads a
-- whole text with two regular expressions, some thousand times the cost of a comparison: the planner is told so, and
-- never chooses to compute it row by row where the index holds it.
CREATE OR REPLACE FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
    SELECT string_to_array(regexp_replace(t, '(..)', '\1 ', 'g') || ' ' || regexp_replace(substr(t, 2), '(..)', '\1 ', 'g'), ' ')
$$;

CREATE INDEX IF NOT EXISTS report_current_bigram_idx ON report
    USING gin (search_bigrams(coalesce(title, '') || E'\n' || normalised_text)) WHERE state = 'CURRENT';
