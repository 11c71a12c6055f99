-- Knowledge base version 21: the ingestion log written by ingest, watch and feeds poll, read by caytre status.
-- One row per run (kind: ingest | watch | feeds | rerun; label: what it read) and one per document it handled.
-- Times are ISO instants in UTC with microseconds, fixed width, so they sort as text.
CREATE TABLE ingest_runs (
    id          TEXT PRIMARY KEY,               -- random UUID
    kind        TEXT NOT NULL,
    label       TEXT NOT NULL,                  -- the folder, feed or paths the run read
    started_at  TEXT NOT NULL,
    finished_at TEXT,                           -- null while running (or after a crash)
    status      TEXT NOT NULL,                  -- running | done | failed (the run itself stopped: a full disk, say)
    stored      INTEGER NOT NULL DEFAULT 0,
    replaced    INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    error       TEXT
);
CREATE INDEX ingest_runs_started ON ingest_runs (started_at);

CREATE TABLE ingest_log (
    run_id    TEXT NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    n         INTEGER NOT NULL,
    at        TEXT NOT NULL,
    source    TEXT NOT NULL,                    -- documents.source (a path, jsonl:ID) or a feed item's URL
    doc_id    TEXT,                             -- the stored document, when there is one
    status    TEXT NOT NULL,                    -- stored | replaced | unchanged | failed | withdrawn; polled, fetched (a feed, an item's link)
    error     TEXT,
    millis    BIGINT NOT NULL,                  -- wall time since the run's previous document finished
    bytes     BIGINT NOT NULL,
    PRIMARY KEY (run_id, n)
);
CREATE INDEX ingest_log_source ON ingest_log (source);
CREATE INDEX ingest_log_status ON ingest_log (status);
