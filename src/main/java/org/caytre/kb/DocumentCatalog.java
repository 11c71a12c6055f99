package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.kb.KnowledgeBase.DocumentView;
import org.caytre.kb.Page.Paged;

/**
 * The documents list as an analyst pages through it: filtered by date range, outlet, kind and words of the title,
 * sorted, one page at a time, with the counts of each outlet, kind and year computed by the store.
 *
 * <pre>{@code new DocumentCatalog(store).list(new Filter("2020", "2021-06", null, "news", null), new Page(0, 50), "-date")}</pre>
 */
public final class DocumentCatalog {
    /** Null fields do not filter; {@code from}/{@code to} compare the document date at the precision given. */
    public record Filter(String from, String to, String outlet, String kind, String title) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    private record Where(String sql, Object[] args) {}

    private final Store store;

    public DocumentCatalog(Store store) { this.store = store; }

    /** {@code sort}: {@code id} (the default), {@code date}, {@code -date} (newest first), {@code title}, {@code -ingested}. */
    public Paged<DocumentView> list(Filter f, Page page, String sort) throws SQLException {
        String order = switch (sort == null ? "id" : sort) {
            case "id" -> "d.id";
            case "date" -> "COALESCE(d.doc_date, '~'), d.id";
            case "-date" -> "COALESCE(d.doc_date, '') DESC, d.id";
            case "title" -> "COALESCE(d.title, d.id), d.id";
            case "-ingested" -> "d.ingested_at DESC, d.id";
            default -> throw new IllegalArgumentException("sort must be id, date, -date, title or -ingested, not '" + sort + "'");
        };
        Where w = where(f);
        try (Connection c = store.connect()) {
            long total = Sql.count(c, "SELECT COUNT(*) FROM documents d" + w.sql(), w.args());
            return new Paged<>(KnowledgeBase.documents(c, w.sql() + " ORDER BY " + order + page.sql(), w.args()), total, page);
        }
    }

    /** The ids of every document the filter keeps, in id order (what search narrows to when asked for an outlet or kind). */
    public List<String> ids(Filter f) throws SQLException {
        Where w = where(f);
        try (Connection c = store.connect()) {
            return Sql.strings(c, "SELECT d.id FROM documents d" + w.sql() + " ORDER BY d.id", w.args());
        }
    }

    /** Never a document id: the scope of a search whose outlet or kind keeps no document. */
    public static final String NO_DOCUMENT = "\u0000";

    /**
     * The documents a search is narrowed to (its {@code SearchRequest.docs}): {@code doc} when given, kept only if its
     * outlet and kind match; else every document of the outlet and kind; empty (no narrowing) when neither is given or
     * they keep every document; {@link #NO_DOCUMENT} alone when they keep none.
     */
    public List<String> searchScope(String doc, String outlet, String kind) throws SQLException {
        List<String> given = doc == null ? List.of() : List.of(doc);
        if (outlet == null && kind == null) return given;
        List<String> kept = ids(new Filter(null, null, outlet, kind, null));
        if (doc != null) kept = kept.contains(doc) ? given : List.of();
        else if (kept.size() == list(Filter.ALL, new Page(0, 1), "id").total()) return List.of();   // narrows nothing
        return kept.isEmpty() ? List.of(NO_DOCUMENT) : kept;
    }

    /** The documents with these ids (at most 500), in this order; unknown ids are left out. */
    public Paged<DocumentView> byIds(List<String> ids) throws SQLException {
        List<String> wanted = ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(500).toList();
        if (wanted.isEmpty()) return new Paged<>(List.of(), 0, new Page(0, 1));
        String in = String.join(", ", java.util.Collections.nCopies(wanted.size(), "?"));
        try (Connection c = store.connect()) {
            Map<String, DocumentView> found = new java.util.HashMap<>();
            for (DocumentView d : KnowledgeBase.documents(c, " WHERE d.id IN (" + in + ")", wanted.toArray())) found.put(d.id(), d);
            List<DocumentView> out = wanted.stream().filter(found::containsKey).map(found::get).toList();
            return new Paged<>(out, out.size(), new Page(0, Math.max(1, wanted.size())));
        }
    }

    /** {@code {"outlets": {name: n}, "kinds": {…}, "years": {…}}} over the documents the filter keeps, largest first. */
    public Map<String, Map<String, Long>> facets(Filter f) throws SQLException {
        Where w = where(f);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        try (Connection c = store.connect()) {
            out.put("outlets", counts(c, "d.outlet", w, "COUNT(*) DESC, 1"));
            out.put("kinds", counts(c, "d.kind", w, "COUNT(*) DESC, 1"));
            out.put("years", counts(c, "SUBSTR(d.doc_date, 1, 4)", w, "1 DESC"));
        }
        return out;
    }

    private static Map<String, Long> counts(Connection c, String column, Where w, String order) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        String where = w.sql() + (w.sql().isEmpty() ? " WHERE " : " AND ") + column + " IS NOT NULL";
        try (PreparedStatement s = Sql.prepare(c, "SELECT " + column + ", COUNT(*) FROM documents d" + where + " GROUP BY " + column
                + " ORDER BY " + order + " LIMIT 50", w.args()); ResultSet r = s.executeQuery()) {
            while (r.next()) out.put(r.getString(1), r.getLong(2));
        }
        return out;
    }

    private static Where where(Filter f) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (f.from() != null) { parts.add("SUBSTR(d.doc_date, 1, " + f.from().length() + ") >= ?"); args.add(f.from()); }
        if (f.to() != null) { parts.add("SUBSTR(d.doc_date, 1, " + f.to().length() + ") <= ?"); args.add(f.to()); }
        if (f.outlet() != null) { parts.add("d.outlet = ?"); args.add(f.outlet()); }
        if (f.kind() != null) { parts.add("d.kind = ?"); args.add(f.kind()); }
        if (f.title() != null) { parts.add("LOWER(COALESCE(d.title, d.id)) LIKE ?"); args.add("%" + f.title().toLowerCase(java.util.Locale.ROOT) + "%"); }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), args.toArray());
    }
}
