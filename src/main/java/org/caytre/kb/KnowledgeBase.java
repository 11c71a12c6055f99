package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.kb.Page.Paged;
import org.caytre.kb.ledger.SourceOrigin;

/**
 * Read-only questions to the store: events (filtered by country, type, dates), statistics, documents. Every answer
 * carries its evidence and source document.
 *
 * <pre>{@code new KnowledgeBase(store).events(new EventFilter("USA", "PHONE_CALL", "2020", null))}</pre>
 */
public final class KnowledgeBase {
    /**
     * Null fields do not filter; {@code from}/{@code to} are ISO dates at any precision, matched by overlap;
     * {@code minConfidence} and {@code minOutlets} bound the {@link Corroboration}; {@code confident} keeps events that
     * are corroborated or confident (the default view of the timeline, network and country page); rejected and merged
     * events are left out unless {@code includeRejected}.
     */
    public record EventFilter(String country, String type, String from, String to, Double minConfidence, Integer minOutlets,
                              boolean confident, boolean includeRejected, org.caytre.classify.Area area, boolean foreignOnly) {
        public static final EventFilter ALL = new EventFilter(null, null, null, null);

        public EventFilter(String country, String type, String from, String to) {
            this(country, type, from, to, null, null, false, false);
        }

        public EventFilter(String country, String type, String from, String to, Double minConfidence, Integer minOutlets,
                           boolean confident, boolean includeRejected) {
            this(country, type, from, to, minConfidence, minOutlets, confident, includeRejected, null, false);
        }

        /** The same filter keeping only corroborated or confident events. */
        public EventFilter confidentOnly() {
            return new EventFilter(country, type, from, to, minConfidence, minOutlets, true, includeRejected, area, foreignOnly);
        }

        /**
         * The same filter keeping the events with a mention in a passage of {@code area} (null: any), and with
         * {@code foreignOnly} only those with a mention in a passage about foreign relations ({@link org.caytre.classify.Relevance}).
         */
        public EventFilter classified(org.caytre.classify.Area area, boolean foreignOnly) {
            return new EventFilter(country, type, from, to, minConfidence, minOutlets, confident, includeRejected, area, foreignOnly);
        }

        /** Whether the answer depends on more than the stored rows: corroboration bounds. */
        boolean weighs() { return minConfidence != null || minOutlets != null || confident; }

        /** After the reviews are replayed: the fields an analyst may have changed, the review status, the corroboration. */
        boolean keeps(EventView e) {
            String status = String.valueOf(e.review().get("status"));
            if (!includeRejected && (status.equals(EventReviews.REJECTED) || status.equals(EventReviews.MERGED))) return false;
            if (country != null && !country.startsWith("PER:") && !e.participants().contains(country)) return false;
            if (type != null && !type.equals(e.type())) return false;
            Corroboration c = e.corroboration();
            if (minConfidence != null && c.confidence() < minConfidence) return false;
            if (minOutlets != null && c.outlets() < minOutlets) return false;
            return !confident || c.confident();
        }
    }

    /**
     * One report of an event: its document, evidence, offset, date and rule as extracted, and the document's
     * {@code outlet} and {@code kind} (official or news, {@link SourceOrigin}). {@link #key()} ({@code doc@offset}) names
     * it in a split.
     */
    public record Mention(String doc, String evidence, int offset, String date, String rule, String outlet, String kind) {
        public String key() { return doc + "@" + offset; }
    }

    /**
     * A merged event as the analysts left it: {@code corroboration} how well it is supported, {@code review} its review
     * status ({@code {"status": unreviewed|confirmed|rejected|edited|merged, "reviews": n, "merged_into", "split_from"}}).
     */
    public record EventView(String id, String type, List<String> participants, String date, Map<String, Object> attrs,
                            List<Map<String, Object>> alternatives, List<Mention> mentions, Corroboration corroboration,
                            Map<String, Object> review) {}

    public record StatisticView(String indicator, double value, String unit, String period, String subject,
                                boolean approximate, String evidence, int offset, String doc) {}

    public record DocumentView(String id, String source, String title, String date, String dateSource, String contentHash,
                               String ingestedAt, String pipelineVersion, long passages, long events, long statistics,
                               String outlet, String kind, Double relevance) {}

    private final Store store;

    public KnowledgeBase(Store store) { this.store = store; }

    /** Every event the filter keeps, by date. */
    public List<EventView> events(EventFilter f) throws SQLException { return events(f, Page.ALL, null).items(); }

    /**
     * One page of the events the filter keeps and how many it keeps. {@code sort}: {@code date} (the default, undated
     * last), {@code -date} (newest first) or {@code mentions} (most reported first). A {@code PER:} id as country
     * keeps the events whose mentions name that person.
     */
    public Paged<EventView> events(EventFilter f, Page page, String sort) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = eventWhere(f, args);
        String order = switch (sort == null ? "date" : sort) {
            case "date" -> "COALESCE(e.event_date, '~'), e.id";
            case "-date" -> "COALESCE(e.event_date, '') DESC, e.id";
            case "mentions" -> "e.mention_count DESC, COALESCE(e.event_date, '~'), e.id";
            default -> throw new IllegalArgumentException("sort must be date, -date or mentions, not '" + sort + "'");
        };
        DateRange window = window(f.from(), f.to());
        List<Review> reviews = new Reviews(store).all();
        if (!reviews.isEmpty() || f.weighs() || f.includeRejected()) return reviewed(f, page, sort, window, reviews);
        try (Connection c = store.connect()) {
            List<String> ids;
            long total;
            if (window == null) {
                total = Sql.count(c, "SELECT COUNT(*) FROM events e" + where, args.toArray());
                ids = Sql.strings(c, "SELECT e.id FROM events e" + where + " ORDER BY " + order + page.sql(), args.toArray());
            } else {   // dates are ISO at any precision: overlap is decided on the parsed range, over ids and dates only
                List<String> kept = new ArrayList<>();
                try (PreparedStatement s = Sql.prepare(c, "SELECT e.id, e.event_date FROM events e" + where + " ORDER BY " + order, args.toArray());
                     ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        DateRange d = DateRange.parse(r.getString(2));
                        if (d != null && d.overlaps(window)) kept.add(r.getString(1));
                    }
                }
                total = kept.size();
                ids = page.slice(kept);
            }
            return new Paged<>(views(load(c, ids).values()), total, page);
        }
    }

    /**
     * The events of the filter with the analysts' reviews replayed and their corroboration weighed, filtered, sorted and
     * sliced in memory: every event of the stored filter (and every reviewed one, since an edit or merge may bring it in)
     * is read, so this path is taken only when reviews exist or the filter bounds the corroboration.
     */
    private Paged<EventView> reviewed(EventFilter f, Page page, String sort, DateRange window, List<Review> reviews) throws SQLException {
        List<EventView> kept = new ArrayList<>();
        // a person's events are found through the mentions' people (SQL); every other filter reads the kept, weighed list
        for (EventView e : f.country() != null && f.country().startsWith("PER:") ? read(f, reviews) : everyEvent(reviews))
            if (f.keeps(e) && (window == null || (DateRange.parse(e.date()) != null && DateRange.parse(e.date()).overlaps(window)))) kept.add(e);
        java.util.Comparator<EventView> byDate = java.util.Comparator.comparing((EventView e) -> e.date() == null ? "~" : e.date());
        kept.sort(switch (sort == null ? "date" : sort) {
            case "-date" -> java.util.Comparator.comparing((EventView e) -> e.date() == null ? "" : e.date()).reversed()
                    .thenComparing(EventView::id);
            case "mentions" -> java.util.Comparator.comparingInt((EventView e) -> -e.mentions().size()).thenComparing(byDate)
                    .thenComparing(EventView::id);
            default -> byDate.thenComparing(EventView::id);
        });
        return new Paged<>(page.slice(kept), kept.size(), page);
    }

    private record Weighed(String version, List<EventView> events) {}

    /** Per store: every event with the reviews replayed and its corroboration weighed, until the store changes. */
    private static final Map<Store, Weighed> WEIGHED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Every event, reviewed and weighed, kept until a document is added, replaced or withdrawn or an analyst acts:
     * weighing reads every event with its mentions (0.6–2 s on the 30,000-article store), too much for each page of
     * the timeline or a dossier.
     */
    private List<EventView> everyEvent(List<Review> reviews) throws SQLException {
        String version;
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*), MAX(ingested_at),"
                + " (SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL), (SELECT COUNT(*) FROM events) FROM documents");
             ResultSet r = s.executeQuery()) {
            r.next();
            version = r.getLong(1) + "|" + r.getString(2) + "|" + r.getLong(3) + "|" + r.getLong(4) + "|" + reviews.size()
                    + "|" + (reviews.isEmpty() ? "" : reviews.get(reviews.size() - 1).seq());
        }
        Weighed cached = WEIGHED.get(store);
        if (cached != null && cached.version().equals(version)) return cached.events();
        List<EventView> all = List.copyOf(read(new EventFilter(null, null, null, null), reviews));
        WEIGHED.put(store, new Weighed(version, all));
        return all;
    }

    /** The events of the stored filter and every reviewed event, with the reviews replayed over them. */
    private List<EventView> read(EventFilter f, List<Review> reviews) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = eventWhere(f, args);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        try (Connection c = store.connect()) {
            ids.addAll(Sql.strings(c, "SELECT e.id FROM events e" + where, args.toArray()));
            for (Review r : reviews)
                if (r.targetKind().equals(Review.EVENT)) {
                    ids.add(r.targetId());
                    if (r.otherId() != null) ids.add(r.otherId());
                }
            Map<String, EventReviews.Draft> drafts = load(c, new ArrayList<>(ids));
            EventReviews.apply(drafts, reviews);
            return views(drafts.values());
        }
    }

    private static List<EventView> views(java.util.Collection<EventReviews.Draft> drafts) {
        List<EventView> out = new ArrayList<>(drafts.size());
        for (EventReviews.Draft d : drafts) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("status", d.status);
            review.put("reviews", d.reviews);
            review.put("merged_into", d.mergedInto);
            review.put("split_from", d.splitFrom);
            out.add(new EventView(d.id, d.type, d.participants, d.date, d.attrs, d.alternatives, List.copyOf(d.mentions),
                    Corroboration.of(d.mentions, d.attrs, d.status), review));
        }
        return out;
    }

    /** The event actions whose event no longer exists (re-extraction no longer finds it): kept and shown, not applied. */
    public List<Review> orphanedReviews() throws SQLException {
        List<Review> reviews = new Reviews(store).all();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Review r : reviews)
            if (r.targetKind().equals(Review.EVENT)) {
                ids.add(r.targetId());
                if (r.otherId() != null) ids.add(r.otherId());
            }
        try (Connection c = store.connect()) {
            return EventReviews.apply(load(c, new ArrayList<>(ids)), reviews);
        }
    }

    /** The WHERE over {@code events e} for the filter's participant and type (the dates are checked on their parsed range). */
    private static String eventWhere(EventFilter f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.country() != null && f.country().startsWith("PER:")) {
            where.append(" AND (e.participants LIKE ? OR e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.people LIKE ?))");
            args.add("%\"" + f.country() + "\"%");
            args.add("%\"" + f.country() + "\"%");
        } else if (f.country() != null) { where.append(" AND e.participants LIKE ?"); args.add("%\"" + f.country() + "\"%"); }
        if (f.type() != null) { where.append(" AND e.type = ?"); args.add(f.type()); }
        if (f.area() != null || f.foreignOnly()) {
            where.append(" AND e.id IN (SELECT m.event_id FROM event_mentions m WHERE 1 = 1");
            if (f.area() != null) { where.append(" AND ").append(PassageClasses.hasArea("m")); args.add(PassageClasses.areaPattern(f.area())); }
            if (f.foreignOnly()) where.append(" AND ").append(String.format(PassageClasses.RELEVANT, "m"));
            where.append(")");
        }
        return where.toString();
    }

    /** One merged event with every mention, whatever its review status (a merged event names the event it joined), or empty. */
    public java.util.Optional<EventView> event(String id) throws SQLException {
        List<Review> reviews = new Reviews(store).all();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(List.of(id));
        for (Review r : reviews)
            if (r.targetKind().equals(Review.EVENT)) {
                ids.add(r.targetId());
                if (r.otherId() != null) ids.add(r.otherId());
            }
        try (Connection c = store.connect()) {
            Map<String, EventReviews.Draft> drafts = load(c, new ArrayList<>(ids));
            EventReviews.apply(drafts, reviews);
            return views(drafts.values()).stream().filter(e -> e.id().equals(id)).findFirst();
        }
    }

    /** How many events the filter keeps, by type and month ("YYYY-MM"; "YYYY" for an event dated to the year only). */
    public record EventCount(String type, String month, long count) {}

    public List<EventCount> eventCounts(EventFilter f) throws SQLException {
        List<Review> reviews = new Reviews(store).all();
        if (!reviews.isEmpty() || f.weighs() || f.includeRejected()) {   // counted over the reviewed, weighed events
            Map<List<String>, Long> counts = new java.util.TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
                    .thenComparing(k -> k.get(1)));
            for (EventView e : reviewed(f, Page.ALL, "date", window(f.from(), f.to()), reviews).items()) {
                String date = e.date();
                if (date == null || date.isEmpty() || !Character.isDigit(date.charAt(0))) continue;
                String month = date.length() >= 7 && Character.isDigit(date.charAt(5)) ? date.substring(0, 7) : date.substring(0, 4);
                counts.merge(List.of(e.type(), month), 1L, Long::sum);
            }
            List<EventCount> out = new ArrayList<>();
            counts.forEach((k, n) -> out.add(new EventCount(k.get(0), k.get(1), n)));
            return out;
        }
        List<Object> args = new ArrayList<>();
        String where = eventWhere(f, args) + " AND e.event_date >= '0001' AND e.event_date < '9999~'";
        DateRange window = window(f.from(), f.to());
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT e.type, e.event_date, COUNT(*) FROM events e" + where
                + " GROUP BY e.type, e.event_date ORDER BY e.type, e.event_date", args.toArray()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String date = r.getString(2);
                if (window != null) {
                    DateRange d = DateRange.parse(date);
                    if (d == null || !d.overlaps(window)) continue;
                }
                String month = date.length() >= 7 && Character.isDigit(date.charAt(5)) ? date.substring(0, 7) : date.substring(0, 4);
                counts.merge(List.of(r.getString(1), month), r.getLong(3), Long::sum);
            }
        }
        List<EventCount> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new EventCount(k.get(0), k.get(1), n)));
        return out;
    }

    private static final int CHUNK = 500;   // ids per IN (…): far below every driver's limit on parameters

    /** The events with these ids, in this order, each with every mention and its document's outlet and kind. */
    private static Map<String, EventReviews.Draft> load(Connection c, List<String> ids) throws SQLException {
        Map<String, EventReviews.Draft> events = new java.util.HashMap<>();
        Map<String, SourceOrigin.Origin> origins = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String in = " IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement s = Sql.prepare(c, "SELECT e.id, e.type, e.participants, e.event_date, e.attrs,"
                    + " e.date_alternatives FROM events e WHERE e.id" + in, chunk.toArray());
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Map<String, Object>> alternatives = r.getString(6) == null ? List.of()
                            : Json.read(r.getString(6), new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
                    events.put(r.getString(1), new EventReviews.Draft(r.getString(1), r.getString(2), Json.stringList(r.getString(3)),
                            r.getString(4), Json.object(r.getString(5)), alternatives));
                }
            }
            try (PreparedStatement s = Sql.prepare(c, "SELECT m.event_id, m.doc_id, m.evidence, m.start_offset, m.event_date, m.rule,"
                    + " d.metadata FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id" + in
                    + " ORDER BY m.doc_id, m.n", chunk.toArray());
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    EventReviews.Draft e = events.get(r.getString(1));
                    if (e == null) continue;
                    String metadata = r.getString(7);
                    SourceOrigin.Origin o = origins.computeIfAbsent(r.getString(2), k -> Ledgers.origin(metadata));
                    e.mentions.add(new Mention(r.getString(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6), o.outlet(), o.kind()));
                }
            }
        }
        Map<String, EventReviews.Draft> out = new LinkedHashMap<>();
        for (String id : ids) if (events.containsKey(id)) out.put(id, events.get(id));
        return out;
    }

    /** Null fields do not filter. */
    public record StatisticFilter(String indicator, String subject, String doc, org.caytre.classify.Area area, boolean foreignOnly) {
        public static final StatisticFilter ALL = new StatisticFilter(null, null, null);

        public StatisticFilter(String indicator, String subject, String doc) { this(indicator, subject, doc, null, false); }

        /** The same filter keeping statistics read from a passage of {@code area} (null: any) and, with {@code foreignOnly}, about foreign relations. */
        public StatisticFilter classified(org.caytre.classify.Area area, boolean foreignOnly) {
            return new StatisticFilter(indicator, subject, doc, area, foreignOnly);
        }
    }

    public List<StatisticView> statistics(String indicator, String subject) throws SQLException {
        return statistics(new StatisticFilter(indicator, subject, null), Page.ALL, null).items();
    }

    /**
     * One page of the statistics the filter keeps and their number. {@code sort}: {@code indicator} (the default:
     * indicator, then period), {@code period}, {@code -period} (latest first) or {@code -value} (largest first).
     */
    public Paged<StatisticView> statistics(StatisticFilter f, Page page, String sort) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.indicator() != null) { where.append(" AND indicator = ?"); args.add(f.indicator()); }
        if (f.subject() != null) { where.append(" AND subject = ?"); args.add(f.subject()); }
        if (f.doc() != null) { where.append(" AND doc_id = ?"); args.add(f.doc()); }
        if (f.area() != null) { where.append(" AND ").append(PassageClasses.hasArea("statistics")); args.add(PassageClasses.areaPattern(f.area())); }
        if (f.foreignOnly()) where.append(" AND ").append(String.format(PassageClasses.RELEVANT, "statistics"));
        String order = switch (sort == null ? "indicator" : sort) {
            case "indicator" -> "indicator, COALESCE(period, '~'), doc_id, n";
            case "period" -> "COALESCE(period, '~'), indicator, doc_id, n";
            case "-period" -> "COALESCE(period, '') DESC, indicator, doc_id, n";
            case "-value" -> "value DESC, indicator, doc_id, n";
            default -> throw new IllegalArgumentException("sort must be indicator, period, -period or -value, not '" + sort + "'");
        };
        List<StatisticView> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            long total = Sql.count(c, "SELECT COUNT(*) FROM statistics" + where, args.toArray());
            try (PreparedStatement s = Sql.prepare(c, "SELECT indicator, value, unit, period, subject, approximate, evidence, start_offset,"
                    + " doc_id FROM statistics" + where + " ORDER BY " + order + page.sql(), args.toArray()); ResultSet r = s.executeQuery()) {
                while (r.next())
                    out.add(new StatisticView(r.getString(1), r.getDouble(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6) != 0, r.getString(7), r.getInt(8), r.getString(9)));
            }
            return new Paged<>(out, total, page);
        }
    }

    /** An indicator, how many statistics state it and its most frequent unit. */
    public record IndicatorCount(String indicator, long count, String unit) {}

    /** Every indicator with its count, most stated first (counted by the store, not by the caller). */
    public List<IndicatorCount> indicators(String subject) throws SQLException {
        String where = subject == null ? "" : " WHERE subject = ?";
        Object[] args = subject == null ? new Object[0] : new Object[] {subject};
        Map<String, long[]> counts = new LinkedHashMap<>();   // indicator → {count, count of its most frequent unit}
        Map<String, String> units = new java.util.HashMap<>();
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT indicator, unit, COUNT(*) FROM statistics" + where
                + " GROUP BY indicator, unit", args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long[] n = counts.computeIfAbsent(r.getString(1), k -> new long[2]);
                n[0] += r.getLong(3);
                if (r.getLong(3) > n[1]) { n[1] = r.getLong(3); units.put(r.getString(1), r.getString(2)); }
            }
        }
        List<IndicatorCount> out = new ArrayList<>();
        counts.forEach((indicator, n) -> out.add(new IndicatorCount(indicator, n[0], units.get(indicator))));
        out.sort(java.util.Comparator.comparingLong(IndicatorCount::count).reversed().thenComparing(IndicatorCount::indicator));
        return out;
    }

    /** The earliest and latest dated event (the start of a period), or null when no event is dated. */
    public record DateSpan(String first, String last) {}

    public DateSpan dateSpan() throws SQLException {
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT MIN(event_date), MAX(event_date) FROM events"
                + " WHERE event_date >= '0001' AND event_date < '9999~'"); ResultSet r = s.executeQuery()) {
            if (!r.next() || r.getString(1) == null) return null;
            return new DateSpan(r.getString(1).split("/")[0], r.getString(2).split("/")[0]);
        }
    }

    public List<DocumentView> documents() throws SQLException { return documents("", new Object[0]); }

    /** One stored document, or empty when no document has this id. */
    public java.util.Optional<DocumentView> document(String id) throws SQLException {
        return documents(" WHERE d.id = ?", new Object[] {id}).stream().findFirst();
    }

    private List<DocumentView> documents(String where, Object[] args) throws SQLException {
        try (Connection c = store.connect()) {
            return documents(c, where + " ORDER BY d.id", args);
        }
    }

    /** The documents a WHERE (and ORDER BY, LIMIT) over {@code documents d} selects, with their counts. */
    static List<DocumentView> documents(Connection c, String whereAndOrder, Object[] args) throws SQLException {
        List<DocumentView> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT d.id, d.source, d.title, d.doc_date,"
                + " d.date_source, d.content_hash, d.ingested_at, d.pipeline_version,"
                + " (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id),"
                + " (SELECT COUNT(*) FROM event_mentions e WHERE e.doc_id = d.id),"
                + " (SELECT COUNT(*) FROM statistics t WHERE t.doc_id = d.id), d.outlet, d.kind, d.relevance FROM documents d" + whereAndOrder, args);
             ResultSet r = s.executeQuery()) {
            while (r.next())
                out.add(new DocumentView(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getLong(9), r.getLong(10), r.getLong(11),
                        r.getString(12), r.getString(13), r.getObject(14) == null ? null : r.getDouble(14)));
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
