-- Cây Tre knowledge base, version 2: where a footnote's marker stood in the normalised text (null for paragraphs and
-- for footnotes whose marker was not found), so a reader can open the footnote from its marker.
ALTER TABLE passages ADD COLUMN marker_offset INTEGER;
