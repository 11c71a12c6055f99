-- Cây Tre knowledge base, version 4: analysts' reviews as an append-only audit trail. Each row is one action by one
-- named reviewer; nothing here is ever updated or deleted, and the current state of an event or claim is the replay of
-- its rows in seq order. Reviews are keyed by stable ids (events.id, claim ids, doc_id#n of a mention), not by
-- foreign keys, so they survive re-ingest and re-extraction; a review whose target no longer exists is orphaned.
CREATE TABLE reviews (
    seq         BIGINT PRIMARY KEY,             -- 1, 2, …: the order of the actions
    at          TEXT NOT NULL,                  -- ISO instant
    reviewer    TEXT NOT NULL,                  -- the reviewer's name from the server's token file
    action      TEXT NOT NULL,                  -- confirm | reject | edit | merge | split | relink | accept_claim | reject_claim
    target_kind TEXT NOT NULL,                  -- event | claim | entity_mention
    target_id   TEXT NOT NULL,                  -- events.id, a claim id, or doc_id#n of an entity mention
    other_id    TEXT,                           -- merge: the event merged into the target; split: the new event's id
    before_json TEXT,                           -- the target as it stood before the action (JSON)
    after_json  TEXT,                           -- what the action made of it (JSON)
    reason      TEXT NOT NULL
);
CREATE INDEX reviews_target ON reviews (target_id);
CREATE INDEX reviews_other ON reviews (other_id);
