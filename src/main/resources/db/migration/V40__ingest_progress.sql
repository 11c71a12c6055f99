-- Knowledge base version 40: a running ingestion's progress, so caytre status and the Ingestion page can show how far
-- it is and when it should end (ETA). total_bytes: the input's size when known before the run (null: a compressed
-- corpus or a feed); done_bytes and done_documents: what it has handled so far, written every few seconds
-- (progress_at, an ISO instant in UTC like the other times of the log).
ALTER TABLE ingest_runs ADD COLUMN total_bytes BIGINT;
ALTER TABLE ingest_runs ADD COLUMN done_bytes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN done_documents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN progress_at TEXT;
-- searches leave withdrawn documents out: finding them must not scan every document
CREATE INDEX documents_withdrawn ON documents (withdrawn_at) WHERE withdrawn_at IS NOT NULL;
