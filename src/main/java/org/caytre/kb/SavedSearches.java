package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved searches in the store: a name, the query with its filters ({@code q}, {@code country}, {@code type},
 * {@code from}, {@code to}) and when the analyst last looked at its results, so "new since the last visit" is the
 * documents ingested after that moment which match.
 *
 * <pre>{@code String id = new SavedSearches(store).create("Biển Đông", Map.of("q", "Biển Đông")).id();}</pre>
 */
public final class SavedSearches {
    /** At most this many saved searches: a bound on what an open server lets anyone write. */
    public static final int MAX = 1000;
    public static final List<String> FIELDS = List.of("q", "country", "type", "from", "to", "outlet", "kind");

    public record SavedSearch(String id, String name, Map<String, String> query, String createdAt, String seenAt) {}

    /** A document as an alert lists it: id, title, date and when it was ingested. */
    public record NewDocument(String id, String title, String date, String ingestedAt) {}

    private final Store store;

    public SavedSearches(Store store) { this.store = store; }

    public List<SavedSearch> list() throws SQLException { return select("", new Object[0]); }

    public Optional<SavedSearch> get(String id) throws SQLException { return select(" WHERE id = ?", new Object[] {id}).stream().findFirst(); }

    /** Saves a query; only the known fields are kept, blank ones dropped. Seen now: what exists already is not "new". */
    public SavedSearch create(String name, Map<String, String> query) throws SQLException {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a saved search needs a name");
        if (name.length() > 200) throw new IllegalArgumentException("the name is longer than 200 characters");
        Map<String, String> kept = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = query.get(f);
            if (v == null || v.isBlank()) continue;
            if (v.length() > 1000) throw new IllegalArgumentException(f + " is longer than 1000 characters");
            kept.put(f, v.strip());
        }
        if (kept.isEmpty()) throw new IllegalArgumentException("a saved search needs a query q or a filter (country, type, from, to, outlet, kind)");
        String now = Instant.now().toString();
        SavedSearch s = new SavedSearch("ss-" + UUID.randomUUID().toString().substring(0, 12), name.strip(), kept, now, now);
        try (Connection c = store.connect()) {
            if (Sql.count(c, "SELECT COUNT(*) FROM saved_searches") >= MAX)
                throw new IllegalArgumentException("there are already " + MAX + " saved searches; delete some first");
            Sql.update(c, "INSERT INTO saved_searches (id, name, query, created_at, seen_at) VALUES (?, ?, ?, ?, ?)",
                    s.id(), s.name(), Json.write(kept), s.createdAt(), s.seenAt());
        }
        return s;
    }

    public boolean delete(String id) throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.update(c, "DELETE FROM saved_searches WHERE id = ?", id) > 0;
        }
    }

    /** Marks the results seen now; the new seen_at, or empty when there is no such saved search. */
    public Optional<String> markSeen(String id) throws SQLException {
        String now = Instant.now().toString();
        try (Connection c = store.connect()) {
            return Sql.update(c, "UPDATE saved_searches SET seen_at = ? WHERE id = ?", now, id) > 0 ? Optional.of(now) : Optional.empty();
        }
    }

    /** The documents ingested after {@code since} (all when null), newest first, at most {@code limit}. */
    public List<NewDocument> ingestedSince(String since, int limit) throws SQLException {
        List<NewDocument> out = new ArrayList<>();
        String where = since == null ? "" : " WHERE ingested_at > ?";
        Object[] args = since == null ? new Object[0] : new Object[] {since};
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT id, title, doc_date, ingested_at FROM documents"
                + where + " ORDER BY ingested_at DESC, id LIMIT " + limit, args); ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(new NewDocument(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
        return out;
    }

    private List<SavedSearch> select(String where, Object[] args) throws SQLException {
        List<SavedSearch> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c, "SELECT id, name, query, created_at, seen_at"
                + " FROM saved_searches" + where + " ORDER BY created_at, id", args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Map<String, String> q = new LinkedHashMap<>();
                Json.object(r.getString(3)).forEach((k, v) -> q.put(k, String.valueOf(v)));
                out.add(new SavedSearch(r.getString(1), r.getString(2), q, r.getString(4), r.getString(5)));
            }
        }
        return out;
    }
}
