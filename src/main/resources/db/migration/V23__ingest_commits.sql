-- Knowledge base version 23: true durations in the ingestion log. From this version ingest_log.millis is a document's
-- own time on its worker (read, parsed and extracted; 0 for an input skipped by its content hash before reading, and
-- for the lines of a run that are not a document's), no longer the wall time since the run's previous line — which
-- gave the first document of each batch the whole wait for the batch's commit. The store transactions are logged
-- apart: one row per commit, with how many documents it wrote and its wall time (writing the rows and committing).
CREATE TABLE ingest_commits (
    run_id    TEXT NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    n         INTEGER NOT NULL,                 -- the run's n-th commit
    at        TEXT NOT NULL,                    -- when it ended (ISO instant, UTC)
    documents INTEGER NOT NULL,
    millis    BIGINT NOT NULL,
    PRIMARY KEY (run_id, n)
);
