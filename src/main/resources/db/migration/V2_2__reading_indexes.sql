-- Indexes of the read side: substring search and "contains" filters over Chinese text, list orderings.
--
-- pg_trgm indexes the trigrams of a text, so `LIKE '%政务公开%'` is answered from a GIN index and
-- rechecked exactly; it needs no word segmentation, which Chinese text lacks. pg_trgm is a trusted
-- extension: the database owner can create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX report_title_trgm_idx ON report USING gin (title gin_trgm_ops);
CREATE INDEX report_text_trgm_idx ON report USING gin (normalised_text gin_trgm_ops);
CREATE INDEX item_title_trgm_idx ON item USING gin (title gin_trgm_ops);
CREATE INDEX item_text_trgm_idx ON item USING gin (text gin_trgm_ops);
CREATE INDEX commitment_title_trgm_idx ON commitment USING gin (title gin_trgm_ops);
CREATE INDEX commitment_text_trgm_idx ON commitment USING gin (text gin_trgm_ops);
CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (lower(name) gin_trgm_ops);
CREATE INDEX organisation_other_name_trgm_idx ON organisation_other_name USING gin (lower(name) gin_trgm_ops);

-- Filters and orderings of report lists.
CREATE INDEX report_published_idx ON report (published_date);
CREATE INDEX report_created_idx ON report (created_at);
CREATE INDEX organisation_kind_idx ON organisation (kind);
