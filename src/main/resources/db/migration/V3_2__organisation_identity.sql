-- Identity of organisations read from report texts: the keys their names compare by, and organisations
-- created from an uncertain match, held unconfirmed with the registered bodies they may be.

CREATE TABLE organisation_name_key (
    organisation_id bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name_key        text   NOT NULL CHECK (length(name_key) > 0),
    -- The key written backwards: finds the keys that end with a given one (铜梁区 in 重庆市铜梁区) by prefix.
    reversed_key    text   NOT NULL,
    PRIMARY KEY (organisation_id, name_key)
);
CREATE INDEX organisation_name_key_idx ON organisation_name_key (name_key);
CREATE INDEX organisation_name_key_reversed_idx ON organisation_name_key (reversed_key text_pattern_ops);

ALTER TABLE organisation ADD COLUMN confirmed boolean NOT NULL DEFAULT true;
CREATE INDEX organisation_unconfirmed_idx ON organisation (id) WHERE NOT confirmed;

CREATE TABLE organisation_candidate (
    organisation_id bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    candidate_id    bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, candidate_id),
    CHECK (organisation_id <> candidate_id)
);
CREATE INDEX organisation_candidate_candidate_idx ON organisation_candidate (candidate_id);

ALTER TABLE change_event DROP CONSTRAINT change_event_action_check;
ALTER TABLE change_event ADD CONSTRAINT change_event_action_check CHECK (action IN ('CREATED', 'UPDATED',
    'SUPERSEDED', 'WITHDRAWN', 'STATUS_CHANGED', 'MERGED'));
