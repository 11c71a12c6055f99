-- Cây Tre knowledge base, version 30 (issue 16): how much each passage and document speaks of foreign relations
-- (org.caytre.classify.Relevance, 0 to 1; 0.5 is the line) and the areas of work a relevant passage serves
-- (comma-separated codes of org.caytre.classify.Area, "" when none). Event mentions and statistics carry the values of
-- the passage their evidence starts in, so the area and "only foreign affairs" filters need no range join. Null for rows
-- stored before this version: they count as relevant, with no area, until their document is ingested again.
ALTER TABLE documents ADD COLUMN relevance DOUBLE PRECISION;
ALTER TABLE passages ADD COLUMN relevance DOUBLE PRECISION;
ALTER TABLE passages ADD COLUMN areas TEXT;
ALTER TABLE event_mentions ADD COLUMN relevance DOUBLE PRECISION;
ALTER TABLE event_mentions ADD COLUMN areas TEXT;
ALTER TABLE statistics ADD COLUMN relevance DOUBLE PRECISION;
ALTER TABLE statistics ADD COLUMN areas TEXT;
