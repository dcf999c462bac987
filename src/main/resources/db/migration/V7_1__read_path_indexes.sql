-- Indexes the read path's lists are served from, in the order they are read: every list shows current
-- reports (or commitments of current reports), ordered by a field and then by id, and continues after a
-- cursor compared as the row (value, id). Each index holds exactly that (value, id) for current rows, so a
-- page of 20 is 21 index entries read in order, however deep the cursor and however many reports there are.

-- Ordered by published date, unknown dates first, as ReportOrderField.PUBLISHED_DATE sorts; also per year.
CREATE INDEX report_current_published_idx ON report ((coalesce(published_date, '0001-01-01'::date)), id)
    WHERE state = 'CURRENT';
CREATE INDEX report_current_year_published_idx ON report (report_year, (coalesce(published_date, '0001-01-01'::date)), id)
    WHERE state = 'CURRENT';
-- The reports of a year in submission order, and all reports ordered by year.
CREATE INDEX report_current_year_idx ON report (report_year, id) WHERE state = 'CURRENT';
-- Ordered by submission time.
CREATE INDEX report_current_created_idx ON report (created_at, id) WHERE state = 'CURRENT';
-- Superseded by the partial indexes above, which also serve the ordering and the cursor.
DROP INDEX report_published_idx;
DROP INDEX report_created_idx;

-- Commitments by target year and status (a plan's follow-up), in the order they were recorded.
CREATE INDEX commitment_year_status_idx ON commitment (target_year, status, id);
