package org.caytre.kb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code caytre status} shows, read from the store: documents ingested per source and day, the last runs, the
 * inputs whose latest attempt failed (with the reason), the feeds (dead ones flagged), withdrawn documents.
 *
 * <pre>{@code IngestStatus.Report r = new IngestStatus(store).report(30, 10);}</pre>
 */
public final class IngestStatus {
    /** {@code source}: the document's outlet, else the folder its file is in, else "jsonl". */
    public record Day(String source, String day, int documents) {}

    public record Run(String id, String kind, String label, String startedAt, String finishedAt, String status,
                      int stored, int replaced, int unchanged, int failed, String error) {}

    /** An input whose latest attempt failed: a path, {@code jsonl:ID}, a feed's URL or a feed item's link. */
    public record Failure(String source, String error, String at, String kind) {}

    public record Report(int documents, int withdrawn, List<Day> days, List<Run> runs, List<Failure> failures,
                         List<FeedStore.Feed> feeds) {
        public List<FeedStore.Feed> deadFeeds() { return feeds.stream().filter(FeedStore.Feed::dead).toList(); }

        /** As {@code status --json} prints it (a contract: fields are added, never renamed). */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", documents);
            m.put("withdrawn", withdrawn);
            m.put("days", days.stream().map(d -> Map.of("day", d.day(), "source", d.source(), "documents", d.documents())).toList());
            List<Map<String, Object>> runList = new ArrayList<>();
            for (Run run : runs) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", run.id());
                x.put("kind", run.kind());
                x.put("label", run.label());
                x.put("started_at", run.startedAt());
                x.put("finished_at", run.finishedAt());
                x.put("status", run.status());
                x.put("stored", run.stored());
                x.put("replaced", run.replaced());
                x.put("unchanged", run.unchanged());
                x.put("failed", run.failed());
                x.put("error", run.error());
                runList.add(x);
            }
            m.put("runs", runList);
            List<Map<String, Object>> failureList = new ArrayList<>();
            for (Failure f : failures) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("source", f.source());
                x.put("error", f.error());
                x.put("at", f.at());
                x.put("kind", f.kind());
                failureList.add(x);
            }
            m.put("failures", failureList);
            m.put("feeds", feeds.stream().map(FeedStore.Feed::json).toList());
            m.put("dead_feeds", deadFeeds().stream().map(FeedStore.Feed::name).toList());
            return m;
        }
    }

    private final Store store;

    public IngestStatus(Store store) { this.store = store; }

    /** The last {@code days} days of documents and the last {@code runs} runs. */
    public Report report(int days, int runs) throws SQLException {
        try (Connection c = store.connect()) {
            return new Report((int) Sql.count(c, "SELECT COUNT(*) FROM documents"),
                    (int) Sql.count(c, "SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL"),
                    days(c, days), runs(c, runs), failures(c), new FeedStore(store).list());
        }
    }

    private static List<Day> days(Connection c, int days) throws SQLException {
        String since = Instant.now().minus(days, ChronoUnit.DAYS).toString().substring(0, 10);
        Map<String, Integer> counts = new TreeMap<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT outlet, source, substr(ingested_at, 1, 10) FROM documents"
                + " WHERE ingested_at >= ?", since); ResultSet r = s.executeQuery()) {
            while (r.next()) counts.merge(r.getString(3) + "\t" + source(r.getString(1), r.getString(2)), 1, Integer::sum);
        }
        List<Day> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Day(k.substring(11), k.substring(0, 10), n)));
        out.sort((a, b) -> b.day().compareTo(a.day()));   // newest day first, sources in order within it (stable sort)
        return out;
    }

    private static String source(String outlet, String source) {
        if (outlet != null) return outlet;
        if (source.startsWith("jsonl:")) return "jsonl";
        Path parent = Path.of(source).getParent();
        return parent == null ? source : parent.toString();
    }

    private static List<Run> runs(Connection c, int limit) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT id, kind, label, started_at, finished_at, status, stored, replaced,"
                + " unchanged, failed, error FROM ingest_runs ORDER BY started_at DESC LIMIT ?", limit); ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(new Run(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6), r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10), r.getString(11)));
        }
        return out;
    }

    /** Inputs whose latest log line is a failure (one that later went through is no longer a failure). */
    public List<Failure> failures() throws SQLException {
        try (Connection c = store.connect()) {
            return failures(c);
        }
    }

    private static List<Failure> failures(Connection c) throws SQLException {
        List<Failure> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.source, l.error, l.at, r.kind FROM ingest_log l"
                + " JOIN ingest_runs r ON r.id = l.run_id WHERE l.status = 'failed'"
                + " AND NOT EXISTS (SELECT 1 FROM ingest_log m WHERE m.source = l.source AND (m.at > l.at OR (m.at = l.at AND m.status <> 'failed')))"
                + " ORDER BY l.at DESC"); ResultSet r = s.executeQuery()) {
            String last = null;
            while (r.next()) {
                if (r.getString(1).equals(last)) continue;
                last = r.getString(1);
                out.add(new Failure(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        return out;
    }
}
