-- The known indicator a quantity stands for (report/MetricIndicator), so a body's years line up; null when
-- its clause matches none. Quantities stored before are classified by the next (Java) migration.
ALTER TABLE metric ADD COLUMN indicator text;
CREATE INDEX metric_indicator_idx ON metric (indicator);
