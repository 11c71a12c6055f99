-- Cây Tre knowledge base, version 10: each passage's section path as search shows it ("I. Tình hình › 1. Kinh tế"),
-- so the search index can be rebuilt from the store exactly as a fresh ingest builds it. Null for rows stored before.
ALTER TABLE passages ADD COLUMN section_path TEXT;
