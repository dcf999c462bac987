-- Party committees report in their own name; reports record where the text names its issuing body.

ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check CHECK (kind IN ('GOVERNMENT', 'GOVERNMENT_OFFICE',
    'DEPARTMENT', 'DEVELOPMENT_ZONE', 'TOWNSHIP', 'PARTY_COMMITTEE', 'OTHER'));

ALTER TABLE report ADD COLUMN organisation_evidence text
    CHECK (organisation_evidence IN ('TITLE', 'REGION_TITLE', 'METADATA', 'PREAMBLE', 'SIGNATURE'));
