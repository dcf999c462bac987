-- The administrative map: the division table (filled by the next migration from
-- src/main/resources/divisions/divisions.csv.gz), organisations placed on it, and party bodies.

CREATE TABLE division (
    -- GB/T 2260 code of a province, prefecture or county (six digits); nine digits for a township.
    code        text     PRIMARY KEY CHECK (code ~ '^[0-9]{6}([0-9]{3})?$'),
    parent_code text     REFERENCES division (code),
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    -- ADMINISTRATIVE: has a government or subdistrict office of its own; GROUPING: a heading of the code
    -- list (市辖区, 省直辖县级行政区划); FUNCTIONAL_AREA: a zone the statistics office counts like a county
    -- or township (开发区, 农场) without a people's government.
    type        text     NOT NULL CHECK (type IN ('ADMINISTRATIVE', 'GROUPING', 'FUNCTIONAL_AREA')),
    name        text     NOT NULL CHECK (length(name) > 0),
    -- The names from the province down, groupings left out: 重庆市铜梁区庆隆镇.
    full_name   text     NOT NULL CHECK (length(full_name) > 0),
    CHECK ((level = 4) = (length(code) = 9))
);
CREATE INDEX division_parent_idx ON division (parent_code);
CREATE INDEX division_name_idx ON division (name);
CREATE INDEX division_code_prefix_idx ON division (code text_pattern_ops);

-- Townships carry nine digits. Codes stored before the table existed are not checked again (NOT VALID):
-- the service refuses unknown codes from now on.
ALTER TABLE organisation DROP CONSTRAINT organisation_division_code_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_division_code_check
    CHECK (division_code ~ '^[0-9]{6}([0-9]{3})?$');
ALTER TABLE organisation ADD CONSTRAINT organisation_division_fk
    FOREIGN KEY (division_code) REFERENCES division (code) NOT VALID;

-- Where a name fits several divisions (东城街道) they are all kept until a person picks one.
CREATE TABLE organisation_division_candidate (
    organisation_id bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    division_code   text   NOT NULL REFERENCES division (code),
    PRIMARY KEY (organisation_id, division_code)
);

-- 党委、党工委 and their working bodies report too.
ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check
    CHECK (kind IN ('GOVERNMENT', 'GOVERNMENT_OFFICE', 'DEPARTMENT', 'DEVELOPMENT_ZONE', 'TOWNSHIP',
                    'PARTY_COMMITTEE', 'OTHER'));
