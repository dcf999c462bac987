-- The reports of one year by published date, read from the index alone: the index also carries the raw date
-- the page is built from, so a page of 20 reads 21 index entries and no table row. Without it the planner
-- costed this index and the all-years one (report_current_published_idx, filtering out other years) alike, and
-- took the latter, reading every newer year's entries first.
DROP INDEX report_current_year_published_idx;
CREATE INDEX report_current_year_published_idx ON report (report_year, (coalesce(published_date, '0001-01-01'::date)), id)
    INCLUDE (published_date) WHERE state = 'CURRENT';
