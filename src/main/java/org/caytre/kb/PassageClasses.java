package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caytre.classify.Area;
import org.caytre.classify.Classification;
import org.caytre.extract.Extraction;
import org.caytre.model.Document;
import org.caytre.model.Footnote;

/**
 * A document's {@link org.caytre.classify.Relevance} as the store keeps it: on the document, on each passage, and on
 * the event mentions and statistics whose evidence starts in a passage (copied from it, so filters by area or
 * relevance read one table). Computed before the rows are inserted, so each row is written once with its class:
 * a passage takes the class of the last passage of its kind starting at the same offset, a mention the largest
 * relevance and the largest areas (as text) of the passages its evidence starts in, or none.
 */
final class PassageClasses {
    /** Events of a passage with no stored relevance (stored before V30) count as foreign affairs. */
    static final String RELEVANT = "(%1$s.relevance IS NULL OR %1$s.relevance >= " + Classification.RELEVANT + ")";

    private final double document;
    private final List<Classification.Passage> paragraphs, footnotes;
    private final int[] starts, ends;            // every passage: paragraphs, then footnotes
    private final double[] relevance;
    private final String[] areas;

    private PassageClasses(Extraction x) {
        Document d = x.document();
        Classification cl = x.classes();
        document = cl.document();
        Map<String, Classification.Passage> byStart = new HashMap<>();   // kind@start, the last one winning
        for (int i = 0; i < d.paragraphs().size(); i++) byStart.put("p@" + d.paragraphs().get(i).span().start(), cl.paragraphs().get(i));
        List<Footnote> notes = d.footnotes();
        for (int i = 0; i < notes.size(); i++) byStart.put("f@" + notes.get(i).body().start(), cl.footnotes().get(i));
        int n = d.paragraphs().size() + notes.size();
        starts = new int[n];
        ends = new int[n];
        relevance = new double[n];
        areas = new String[n];
        paragraphs = new java.util.ArrayList<>();
        footnotes = new java.util.ArrayList<>();
        int k = 0;
        for (var p : d.paragraphs()) paragraphs.add(put(k++, "p@", p.span().start(), p.span().end(), byStart));
        for (Footnote f : notes) footnotes.add(put(k++, "f@", f.body().start(), f.body().end(), byStart));
    }

    private Classification.Passage put(int k, String kind, int start, int end, Map<String, Classification.Passage> byStart) {
        Classification.Passage p = byStart.get(kind + start);
        starts[k] = start;
        ends[k] = end;
        relevance[k] = p.relevance();
        areas[k] = Area.join(p.areas());
        return p;
    }

    static PassageClasses of(Extraction x) { return new PassageClasses(x); }

    double document() { return document; }

    double paragraphRelevance(int i) { return paragraphs.get(i).relevance(); }

    String paragraphAreas(int i) { return Area.join(paragraphs.get(i).areas()); }

    double footnoteRelevance(int i) { return footnotes.get(i).relevance(); }

    String footnoteAreas(int i) { return Area.join(footnotes.get(i).areas()); }

    /** The largest relevance of the passages that hold {@code offset}, or null when none does. */
    Double relevanceAt(int offset) {
        Double max = null;
        for (int k = 0; k < starts.length; k++)
            if (starts[k] <= offset && offset < ends[k] && (max == null || relevance[k] > max)) max = relevance[k];
        return max;
    }

    /** The largest areas (compared as text, as SQL's MAX does) of the passages that hold {@code offset}, or null. */
    String areasAt(int offset) {
        String max = null;
        for (int k = 0; k < starts.length; k++)
            if (starts[k] <= offset && offset < ends[k] && (max == null || areas[k].compareTo(max) > 0)) max = areas[k];
        return max;
    }

    /**
     * Sets the classes of a document whose rows are already stored (doctor's reclassification of a store from before
     * V30), by the same rules the ingest applies before inserting: each passage matched by kind and start offset, each
     * mention given the largest relevance and areas of the passages its evidence starts in.
     */
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
