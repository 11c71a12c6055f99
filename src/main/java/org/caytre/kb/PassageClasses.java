package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.caytre.classify.Area;
import org.caytre.classify.Classification;
import org.caytre.classify.Relevance;
import org.caytre.extract.Extraction;
import org.caytre.model.Document;
import org.caytre.model.Footnote;

/**
 * Stores a document's {@link Relevance}: on the document, on each passage, and on the event mentions and statistics
 * whose evidence starts in a passage (copied from it, so filters by area or relevance read one table). Runs inside the
 * ingest transaction, after the rows it updates were inserted.
 */
final class PassageClasses {
    /** Events of a passage with no stored relevance (stored before V30) count as foreign affairs. */
    static final String RELEVANT = "(%1$s.relevance IS NULL OR %1$s.relevance >= " + Classification.RELEVANT + ")";

    private PassageClasses() {}

    static void store(Connection c, String docId, Extraction x) throws SQLException {
        Document d = x.document();
        Classification cl = x.classes();
        Sql.update(c, "UPDATE documents SET relevance = ? WHERE id = ?", cl.document(), docId);
        try (PreparedStatement s = c.prepareStatement("UPDATE passages SET relevance = ?, areas = ? WHERE doc_id = ? AND kind = ?"
                + " AND start_offset = ?")) {
            for (int i = 0; i < d.paragraphs().size(); i++)
                batch(s, cl.paragraphs().get(i), docId, "paragraph", d.paragraphs().get(i).span().start());
            List<Footnote> footnotes = d.footnotes();
            for (int i = 0; i < footnotes.size(); i++) batch(s, cl.footnotes().get(i), docId, "footnote", footnotes.get(i).body().start());
            s.executeBatch();
        }
        for (String table : List.of("event_mentions", "statistics"))
            Sql.update(c, "UPDATE " + table + " SET relevance = (SELECT MAX(p.relevance) FROM passages p WHERE p.doc_id = " + table
                    + ".doc_id AND p.start_offset <= " + table + ".start_offset AND " + table + ".start_offset < p.end_offset),"
                    + " areas = (SELECT MAX(p.areas) FROM passages p WHERE p.doc_id = " + table + ".doc_id AND p.start_offset <= "
                    + table + ".start_offset AND " + table + ".start_offset < p.end_offset) WHERE doc_id = ?", docId);
    }

    private static void batch(PreparedStatement s, Classification.Passage p, String docId, String kind, int start) throws SQLException {
        Sql.batch(s, p.relevance(), Area.join(p.areas()), docId, kind, start);
    }

    /** The SQL condition that a row's comma-separated {@code areas} column (of {@code alias}) holds {@code area}. */
    static String hasArea(String alias) { return "(',' || " + alias + ".areas || ',') LIKE ?"; }

    static String areaPattern(Area area) { return "%," + area.code() + ",%"; }
}
