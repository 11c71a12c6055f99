-- Knowledge base version 22: RSS/Atom feeds polled by caytre feeds poll, and the items already fetched (each once).
CREATE TABLE feeds (
    name            TEXT PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    added_at        TEXT NOT NULL,
    etag            TEXT,                       -- the feed's last ETag and Last-Modified, sent back (conditional GET)
    last_modified   TEXT,
    last_polled_at  TEXT,
    last_ok_at      TEXT,
    failures        INTEGER NOT NULL DEFAULT 0, -- consecutive failed polls; dead from 3 on
    last_error      TEXT
);

CREATE TABLE feed_items (
    link         TEXT PRIMARY KEY,              -- the item's page: fetched once, whatever feed lists it
    feed         TEXT NOT NULL,
    title        TEXT,
    published    TEXT,                          -- ISO date from the feed, or null
    page         TEXT,                          -- the saved page (documents.source), null when the fetch failed
    status       TEXT NOT NULL,                 -- ingested | failed
    error        TEXT,
    fetched_at   TEXT NOT NULL
);
CREATE INDEX feed_items_feed ON feed_items (feed);
