-- Cây Tre knowledge base, version 3: the dates and periods recognised in each document (for the reader's highlights).
-- value: ISO at its precision or START/END; date_precision: YEAR, HALF, QUARTER, MONTH, DAY.
CREATE TABLE date_mentions (
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    value        TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
);
