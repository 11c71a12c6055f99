package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caytre.kb.KnowledgeBase.DocumentView;

/**
 * One stored document as a reader shows it: its metadata, its passages (paragraphs and footnotes with their offsets,
 * and where each footnote's marker stood) and every annotation with its offsets into the same normalised text; one
 * passage; one entity with the documents that name it. Empty when the id is unknown.
 *
 * <pre>{@code new DocumentDetails(store).document("bao-cao-2020.txt").map(DocumentDetails.Detail::passages) }</pre>
 */
public final class DocumentDetails {
    public record PassageRow(String id, String doc, String kind, int ordinal, String section, int start, int end,
                             Integer markerOffset, String text, Double relevance, List<String> areas) {}

    public record EntityMentionRow(String entity, String type, int start, int end, String text) {}

    public record EventMentionRow(String event, String type, List<String> participants, List<String> people, String date,
                                  Map<String, Object> attrs, String evidence, int start, int end, String rule) {}

    public record StatisticRow(String indicator, double value, String unit, String period, String subject, boolean approximate,
                               String evidence, int start, int end, String rule) {}

    public record Detail(DocumentView document, Map<String, Object> metadata, List<PassageRow> passages,
                         List<EntityMentionRow> entities, List<EventMentionRow> events, List<StatisticRow> statistics,
                         List<DateRow> dates) {}

    /** A date or period recognised in the text: ISO value at its precision ("2019-06", "2018-03-02/2018-03-04"). */
    public record DateRow(String text, String value, String precision, int start, int end) {}

    public record EntityView(String id, String type, List<String> names, long mentions, List<String> documents, long documentsTotal) {}

    private static final String PASSAGE_COLUMNS = "id, doc_id, kind, ordinal, section, start_offset, end_offset, marker_offset, text,"
            + " relevance, areas";

    private final Store store;

    public DocumentDetails(Store store) { this.store = store; }

    public Optional<Detail> document(String id) throws SQLException {
        Optional<DocumentView> view = new KnowledgeBase(store).document(id);
        if (view.isEmpty()) return Optional.empty();
        try (Connection c = store.connect()) {
            Map<String, Object> metadata = Json.object(Sql.strings(c, "SELECT metadata FROM documents WHERE id = ?", id).get(0));
            List<PassageRow> passages = passages(c, "SELECT " + PASSAGE_COLUMNS + " FROM passages WHERE doc_id = ?"
                    + " ORDER BY kind DESC, ordinal", id);
            List<EntityMentionRow> entities = new ArrayList<>();
            Map<String, String> relinked = new Reviews(store).relinks(id);   // an analyst's fix wins over the recogniser
            try (PreparedStatement s = Sql.prepare(c, "SELECT m.entity_id, e.type, m.start_offset, m.end_offset, m.text, m.n"
                    + " FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start_offset, m.n", id);
                 ResultSet r = s.executeQuery()) {
                while (r.next())
                    entities.add(new EntityMentionRow(relinked.getOrDefault(id + "#" + r.getInt(6), r.getString(1)), r.getString(2),
                            r.getInt(3), r.getInt(4), r.getString(5)));
            }
            List<EventMentionRow> events = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT event_id, type, participants, people, event_date, attrs, evidence,"
                    + " start_offset, end_offset, rule FROM event_mentions WHERE doc_id = ? ORDER BY start_offset, n", id);
                 ResultSet r = s.executeQuery()) {
                while (r.next())
                    events.add(new EventMentionRow(r.getString(1), r.getString(2), Json.stringList(r.getString(3)),
                            Json.stringList(r.getString(4)), r.getString(5), Json.object(r.getString(6)), r.getString(7),
                            r.getInt(8), r.getInt(9), r.getString(10)));
            }
            List<StatisticRow> statistics = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT indicator, value, unit, period, subject, approximate, evidence,"
                    + " start_offset, end_offset, rule FROM statistics WHERE doc_id = ? ORDER BY start_offset, n", id);
                 ResultSet r = s.executeQuery()) {
                while (r.next())
                    statistics.add(new StatisticRow(r.getString(1), r.getDouble(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6) != 0, r.getString(7), r.getInt(8), r.getInt(9), r.getString(10)));
            }
            List<DateRow> dates = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT text, value, date_precision, start_offset, end_offset FROM date_mentions"
                    + " WHERE doc_id = ? ORDER BY start_offset, n", id);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) dates.add(new DateRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5)));
            }
            return Optional.of(new Detail(view.get(), metadata, passages, entities, events, statistics, dates));
        }
    }

    public Optional<PassageRow> passage(String id) throws SQLException {
        try (Connection c = store.connect()) {
            return passages(c, "SELECT " + PASSAGE_COLUMNS + " FROM passages WHERE id = ?", id).stream().findFirst();
        }
    }

    public Optional<EntityView> entity(String id) throws SQLException { return entity(id, Page.ALL); }

    /** The entity with one page of the documents naming it (by id) and how many there are. */
    public Optional<EntityView> entity(String id, Page page) throws SQLException {
        try (Connection c = store.connect()) {
            try (PreparedStatement s = Sql.prepare(c, "SELECT type, names FROM entities WHERE id = ?", id); ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new EntityView(id, r.getString(1), Json.stringList(r.getString(2)),
                        Sql.count(c, "SELECT COUNT(*) FROM entity_mentions WHERE entity_id = ?", id),
                        Sql.strings(c, "SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = ? ORDER BY doc_id" + page.sql(), id),
                        Sql.count(c, "SELECT COUNT(DISTINCT doc_id) FROM entity_mentions WHERE entity_id = ?", id)));
            }
        }
    }

    private static List<PassageRow> passages(Connection c, String sql, String arg) throws SQLException {
        List<PassageRow> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, arg); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int marker = r.getInt(8);
                out.add(new PassageRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5), r.getInt(6),
                        r.getInt(7), r.wasNull() ? null : marker, r.getString(9), r.getObject(10) == null ? null : r.getDouble(10),
                        r.getString(11) == null || r.getString(11).isEmpty() ? List.of() : List.of(r.getString(11).split(","))));
            }
        }
        return out;
    }
}
