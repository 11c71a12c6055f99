package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only questions to the store: events (filtered by country, type, dates), statistics, documents. Every answer
 * carries its evidence and source document.
 *
 * <pre>{@code new KnowledgeBase(store).events(new EventFilter("USA", "PHONE_CALL", "2020", null))}</pre>
 */
public final class KnowledgeBase {
    /** Null fields do not filter; {@code from}/{@code to} are ISO dates at any precision, matched by overlap. */
    public record EventFilter(String country, String type, String from, String to) {
        public static final EventFilter ALL = new EventFilter(null, null, null, null);
    }

    public record Mention(String doc, String evidence, int offset, String date, String rule) {}

    public record EventView(String id, String type, List<String> participants, String date, Map<String, Object> attrs,
                            List<Map<String, Object>> alternatives, List<Mention> mentions) {}

    public record StatisticView(String indicator, double value, String unit, String period, String subject,
                                boolean approximate, String evidence, int offset, String doc) {}

    public record DocumentView(String id, String source, String title, String date, String dateSource, String contentHash,
                               String ingestedAt, String pipelineVersion, long passages, long events, long statistics) {}

    private final Store store;

    public KnowledgeBase(Store store) { this.store = store; }

    public List<EventView> events(EventFilter f) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.country() != null) { where.append(" AND e.participants LIKE ?"); args.add("%\"" + f.country() + "\"%"); }
        if (f.type() != null) { where.append(" AND e.type = ?"); args.add(f.type()); }
        DateRange window = window(f.from(), f.to());
        Map<String, EventView> events = new LinkedHashMap<>();
        try (Connection c = store.connect()) {
            try (PreparedStatement s = Sql.prepare(c, "SELECT e.id, e.type, e.participants, e.event_date, e.attrs,"
                    + " e.date_alternatives FROM events e" + where + " ORDER BY COALESCE(e.event_date, '~'), e.id", args.toArray());
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String date = r.getString(4);
                    if (window != null && (DateRange.parse(date) == null || !DateRange.parse(date).overlaps(window))) continue;
                    List<Map<String, Object>> alternatives = r.getString(6) == null ? List.of()
                            : Json.read(r.getString(6), new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
                    events.put(r.getString(1), new EventView(r.getString(1), r.getString(2), Json.stringList(r.getString(3)), date,
                            Json.object(r.getString(5)), alternatives, new ArrayList<>()));
                }
            }
            try (PreparedStatement s = Sql.prepare(c, "SELECT m.event_id, m.doc_id, m.evidence, m.start_offset, m.event_date, m.rule"
                    + " FROM event_mentions m JOIN events e ON e.id = m.event_id" + where + " ORDER BY m.doc_id, m.n", args.toArray());
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    EventView e = events.get(r.getString(1));
                    if (e != null) e.mentions().add(new Mention(r.getString(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6)));
                }
            }
        }
        return List.copyOf(events.values());
    }

    public List<StatisticView> statistics(String indicator, String subject) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT indicator, value, unit, period, subject, approximate, evidence, start_offset, doc_id"
                + " FROM statistics WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (indicator != null) { sql.append(" AND indicator = ?"); args.add(indicator); }
        if (subject != null) { sql.append(" AND subject = ?"); args.add(subject); }
        sql.append(" ORDER BY indicator, COALESCE(period, '~'), doc_id, n");
        List<StatisticView> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, sql.toString(), args.toArray()); ResultSet r = s.executeQuery()) {
            while (r.next())
                out.add(new StatisticView(r.getString(1), r.getDouble(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getInt(6) != 0, r.getString(7), r.getInt(8), r.getString(9)));
        }
        return out;
    }

    public List<DocumentView> documents() throws SQLException { return documents("", new Object[0]); }

    /** One stored document, or empty when no document has this id. */
    public java.util.Optional<DocumentView> document(String id) throws SQLException {
        return documents(" WHERE d.id = ?", new Object[] {id}).stream().findFirst();
    }

    private List<DocumentView> documents(String where, Object[] args) throws SQLException {
        List<DocumentView> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT d.id, d.source, d.title, d.doc_date,"
                + " d.date_source, d.content_hash, d.ingested_at, d.pipeline_version,"
                + " (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id),"
                + " (SELECT COUNT(*) FROM event_mentions e WHERE e.doc_id = d.id),"
                + " (SELECT COUNT(*) FROM statistics t WHERE t.doc_id = d.id) FROM documents d" + where + " ORDER BY d.id", args);
             ResultSet r = s.executeQuery()) {
            while (r.next())
                out.add(new DocumentView(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getLong(9), r.getLong(10), r.getLong(11)));
        }
        return out;
    }

    /** Rows per table, for summaries and consistency checks. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = store.connect()) {
            for (String table : List.of("documents", "passages", "entities", "entity_mentions", "events", "event_mentions", "statistics"))
                out.put(table, Sql.count(c, "SELECT COUNT(*) FROM " + table));
        }
        return out;
    }

    private static DateRange window(String from, String to) {
        if (from == null && to == null) return null;
        DateRange a = from == null ? DateRange.parse("0001") : DateRange.parse(from);
        DateRange b = to == null ? DateRange.parse("9999") : DateRange.parse(to);
        if (a == null || b == null) throw new IllegalArgumentException("--from/--to must be ISO dates, not " + (a == null ? from : to));
        return new DateRange(a.first(), b.last());
    }
}
