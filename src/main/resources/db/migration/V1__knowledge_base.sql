-- Cây Tre knowledge base, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL (Flyway).
-- Types are limited to TEXT, INTEGER, BIGINT and DOUBLE PRECISION; JSON is stored as TEXT; booleans as 0/1.
-- Every row derived from a document carries doc_id and goes with it (ON DELETE CASCADE); events are shared by
-- documents and are recomputed from their mentions whenever a document arrives or is replaced.

CREATE TABLE documents (
    id               TEXT PRIMARY KEY,          -- file name or JSONL id; made unique with a suffix on collision
    source           TEXT NOT NULL UNIQUE,      -- absolute path of the file, or "jsonl:" + the record's id
    content_hash     TEXT NOT NULL,             -- SHA-256 of the input bytes and the date given with them
    title            TEXT,
    metadata         TEXT NOT NULL,             -- JSON: the parse metadata, url, source, date, date_source
    doc_date         TEXT,                      -- ISO at its precision, or null
    date_source      TEXT,                      -- text | option | jsonl, or null
    text_length      INTEGER NOT NULL,
    ingested_at      TEXT NOT NULL,             -- ISO instant
    pipeline_version TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents (content_hash);

-- Passage ids are shared with the search index: <docId>:p<n> for the n-th paragraph (0-based), <docId>:f<N> for
-- footnote number N.
CREATE TABLE passages (
    id           TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,                 -- paragraph | footnote
    ordinal      INTEGER NOT NULL,              -- paragraph index or footnote number
    section      TEXT,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX passages_doc ON passages (doc_id);

CREATE TABLE entities (
    id    TEXT PRIMARY KEY,                     -- canonical id: ISO alpha-3, ORG:…, AGR:…, PER:…
    type  TEXT NOT NULL,
    names TEXT NOT NULL                         -- JSON array of the written forms seen
);

CREATE TABLE entity_mentions (
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    entity_id    TEXT NOT NULL REFERENCES entities (id),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);

-- One row per real-world event, however many documents report it; id derived from the event's identity.
CREATE TABLE events (
    id                TEXT PRIMARY KEY,
    class_key         TEXT NOT NULL,            -- type|participants|key attrs: the mentions that may merge
    type              TEXT NOT NULL,
    participants      TEXT NOT NULL,            -- JSON array, Vietnam first, then sorted
    event_date        TEXT,
    date_alternatives TEXT,                     -- JSON [{date, docs}] when documents disagree, else null
    attrs             TEXT NOT NULL,            -- JSON object
    mention_count     INTEGER NOT NULL
);
CREATE INDEX events_class ON events (class_key);
CREATE INDEX events_type ON events (type);

CREATE TABLE event_mentions (
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    event_id     TEXT NOT NULL,                 -- events.id, rewritten when the class is recomputed
    class_key    TEXT NOT NULL,
    type         TEXT NOT NULL,
    participants TEXT NOT NULL,                 -- JSON array as extracted
    people       TEXT NOT NULL,                 -- JSON array
    event_date   TEXT,
    attrs        TEXT NOT NULL,                 -- JSON object
    evidence     TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    rule         TEXT,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_class ON event_mentions (class_key);

CREATE TABLE statistics (
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    indicator    TEXT NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    unit         TEXT,
    period       TEXT,
    subject      TEXT,
    approximate  INTEGER NOT NULL,
    evidence     TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    rule         TEXT,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX statistics_indicator ON statistics (indicator);
CREATE INDEX statistics_subject ON statistics (subject);
