-- Cây Tre knowledge base, version 17: saved searches (a query with its filters) and when each was last looked at,
-- so the desk can show what is new since: the documents ingested after seen_at that match.
-- query: JSON object {"q", "country", "type", "from", "to"}, absent keys do not filter. Times are ISO instants.
CREATE TABLE saved_searches (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seen_at    TEXT NOT NULL
);
CREATE INDEX documents_ingested ON documents (ingested_at);
