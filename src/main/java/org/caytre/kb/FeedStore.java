package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds {@code caytre feeds} polls and the items already fetched (tables {@code feeds}, {@code feed_items}): an
 * item's page is fetched once, whatever feed lists it; a feed failing {@value #DEAD_AFTER} polls in a row is dead.
 *
 * <pre>{@code FeedStore feeds = new FeedStore(store); feeds.add("mofa", "https://…/rss"); feeds.list();}</pre>
 */
public final class FeedStore {
    public static final int DEAD_AFTER = 3;

    /** {@code failures}: failed polls in a row. */
    public record Feed(String name, String url, String addedAt, String etag, String lastModified, String lastPolledAt,
                       String lastOkAt, int failures, String lastError) {
        public boolean dead() { return failures >= DEAD_AFTER; }

        /** As {@code feeds list --json} and {@code status --json} print it (a contract: fields are added, never renamed). */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("url", url);
            m.put("added_at", addedAt);
            m.put("last_polled_at", lastPolledAt);
            m.put("last_ok_at", lastOkAt);
            m.put("failures", failures);
            m.put("dead", dead());
            m.put("last_error", lastError);
            return m;
        }
    }

    /** An item whose page could not be fetched or read: tried again by the next poll or by status --rerun-failures. */
    public record Item(String link, String feed, String title, String published) {}

    private final Store store;

    public FeedStore(Store store) { this.store = store; }

    /** Adds a feed; an exception naming the clash when the name or URL is already there. */
    public void add(String name, String url) throws SQLException {
        try (Connection c = store.connect()) {
            if (Sql.exists(c, "SELECT 1 FROM feeds WHERE name = ? OR url = ?", name, url))
                throw new IllegalArgumentException("a feed named " + name + " or with the URL " + url + " is already there");
            Sql.update(c, "INSERT INTO feeds (name, url, added_at) VALUES (?, ?, ?)", name, url, IngestLog.now());
        }
    }

    public List<Feed> list() throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT name, url, added_at, etag,"
                + " last_modified, last_polled_at, last_ok_at, failures, last_error FROM feeds ORDER BY name"); ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(new Feed(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6), r.getString(7), r.getInt(8), r.getString(9)));
        }
        return out;
    }

    public Optional<Feed> byUrl(String url) throws SQLException {
        return list().stream().filter(f -> f.url().equals(url)).findFirst();
    }

    /** A poll that read the feed (or was told it had not changed): its validators kept for the next conditional GET. */
    public void polledOk(String name, String etag, String lastModified) throws SQLException {
        try (Connection c = store.connect()) {
            String now = IngestLog.now();
            Sql.update(c, "UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), last_polled_at = ?,"
                    + " last_ok_at = ?, failures = 0, last_error = NULL WHERE name = ?", etag, lastModified, now, now, name);
        }
    }

    public void polledFailed(String name, String error) throws SQLException {
        try (Connection c = store.connect()) {
            Sql.update(c, "UPDATE feeds SET last_polled_at = ?, failures = failures + 1, last_error = ? WHERE name = ?",
                    IngestLog.now(), error, name);
        }
    }

    /** True when the item's page was fetched and ingested already (by any feed). */
    public boolean fetched(String link) throws SQLException {
        try (Connection c = store.connect()) {
            return Sql.exists(c, "SELECT 1 FROM feed_items WHERE link = ? AND status = 'ingested'", link);
        }
    }

    /** Records an item's fetch: {@code page} the saved file (null when it failed), {@code error} why it failed. */
    public void item(Item item, String page, String error) throws SQLException {
        try (Connection c = store.connect()) {
            Sql.update(c, "DELETE FROM feed_items WHERE link = ?", item.link());
            Sql.update(c, "INSERT INTO feed_items (link, feed, title, published, page, status, error, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    item.link(), item.feed(), item.title(), item.published(), page, error == null ? "ingested" : "failed", error, IngestLog.now());
        }
    }

    public Optional<Item> failedItem(String link) throws SQLException {
        try (Connection c = store.connect(); PreparedStatement s = Sql.prepare(c,
                "SELECT link, feed, title, published FROM feed_items WHERE link = ? AND status = 'failed'", link); ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new Item(r.getString(1), r.getString(2), r.getString(3), r.getString(4))) : Optional.empty();
        }
    }

    /** The document stored from a feed's page gets the item's link and the feed's outlet (the page's own say less). */
    public void attach(String pageSource, String link, String outlet) throws SQLException {
        try (Connection c = store.connect()) {
            List<String> meta = Sql.strings(c, "SELECT metadata FROM documents WHERE source = ?", pageSource);
            if (meta.isEmpty()) return;   // the same text was already stored from elsewhere
            Map<String, Object> m = Json.object(meta.get(0));
            m.put("url", link);
            m.put("source", outlet);
            // a page's kind from its file format ("html") says less than where it came from: a news item
            Sql.update(c, "UPDATE documents SET metadata = ?, outlet = ?, kind = CASE WHEN kind = 'html' THEN 'news' ELSE kind END"
                    + " WHERE source = ?", Json.write(m), outlet, pageSource);
        }
    }
}
