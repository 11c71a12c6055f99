-- Knowledge base version 20: a document whose file was deleted from a watched folder is withdrawn, not erased: its
-- passages, events and statistics stay (other records cite them); withdrawn_at says when its file disappeared
-- (ISO instant, UTC), null while the file is there.
ALTER TABLE documents ADD COLUMN withdrawn_at TEXT;
