-- The answers of mutations sent with an idempotency key, kept 24 hours: a retry with the same key and the same input
-- gets the first answer back without the work being done again. Keys belong to the token subject that sent them.
CREATE TABLE idempotent_answer (
    actor           text        NOT NULL,
    idempotency_key text        NOT NULL,
    operation       text        NOT NULL,
    request_hash    text        NOT NULL,
    answer          text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);

-- The expiry job deletes by age.
CREATE INDEX idempotent_answer_created_at ON idempotent_answer (created_at);
