-- The document a report was read from (an HTML page, a .docx or a PDF), kept byte for byte.
--
-- The bytes are a bytea column rather than a large object: a document is at most 20 MB (bytea holds 1 GB),
-- a bytea value lives and dies with its row (no orphaned large objects to unlink), is copied by every backup,
-- replica and logical dump like any column, and needs no open transaction to be streamed by JDBC. A table of
-- its own keeps report rows small: the bytes are read only when someone downloads them.
CREATE TABLE report_document (
    report_id  bigint      PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    media_type text        NOT NULL CHECK (media_type IN ('text/html', 'application/pdf',
                               'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    file_name  text        CHECK (length(file_name) BETWEEN 1 AND 255),
    size       integer     NOT NULL CHECK (size BETWEEN 1 AND 20971520),
    -- SHA-256 of the bytes, hex encoded: the same bytes again are the same report.
    sha256     text        NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content    bytea       NOT NULL CHECK (length(content) = size),
    created_at timestamptz NOT NULL DEFAULT now()
);
-- PDF and .docx files are compressed already: store them out of line without trying to compress them again.
ALTER TABLE report_document ALTER COLUMN content SET STORAGE EXTERNAL;
