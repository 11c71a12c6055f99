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

    /** {@code totalBytes}: the input's size when known (null: a compressed corpus, feeds); {@code doneBytes} and
     *  {@code doneDocuments} as of {@code progressAt} (written every few seconds while the run goes on). */
    public record Run(String id, String kind, String label, String startedAt, String finishedAt, String status,
                      int stored, int replaced, int unchanged, int failed, String error,
                      Long totalBytes, long doneBytes, int doneDocuments, String progressAt, Timing timing) {
        public Run(String id, String kind, String label, String startedAt, String finishedAt, String status, int stored, int replaced,
                   int unchanged, int failed, String error, Long totalBytes, long doneBytes, int doneDocuments, String progressAt) {
            this(id, kind, label, startedAt, finishedAt, status, stored, replaced, unchanged, failed, error, totalBytes, doneBytes,
                    doneDocuments, progressAt, Timing.NONE);
        }

        public boolean running() { return finishedAt == null && status.equals("running"); }

        /** Share of the input handled, or null when the size is unknown. */
        public Double fraction() {
            return totalBytes == null || totalBytes <= 0 ? null : Math.min(1.0, (double) doneBytes / totalBytes);
        }

        /** Seconds left at the rate so far, for a running run of known size that has made progress; else null. */
        public Double etaSeconds(Instant now) {
            if (!running() || fraction() == null || doneBytes <= 0 || progressAt == null) return null;
            double elapsed = Math.max(0.001, java.time.Duration.between(Instant.parse(startedAt), Instant.parse(progressAt)).toMillis() / 1000.0);
            double left = (totalBytes - doneBytes) * elapsed / doneBytes
                    - java.time.Duration.between(Instant.parse(progressAt), now).toMillis() / 1000.0;
            return Math.max(0, Math.round(left * 10) / 10.0);
        }

        /** A running run that has written no progress for {@link #STALLED_MINUTES}: killed, or stuck. */
        public boolean stalled(Instant now) {
            String seen = progressAt != null ? progressAt : startedAt;
            return running() && Instant.parse(seen).plus(STALLED_MINUTES, ChronoUnit.MINUTES).isBefore(now);
        }
    }

    /**
     * Where a run's time went, from its log as written so far: {@code documentSeconds} the documents' own time on the
     * workers (read, parsed, extracted; several at once on several cores), {@code commits} store transactions taking
     * {@code commitSeconds} of wall time between them; the slowest document and its own time (null: none logged).
     */
    public record Timing(double documentSeconds, int commits, double commitSeconds, String slowest, double slowestSeconds) {
        public static final Timing NONE = new Timing(0, 0, 0, null, 0);

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document_seconds", documentSeconds);
            m.put("commits", commits);
            m.put("commit_seconds", commitSeconds);
            m.put("slowest", slowest == null ? null : Map.of("source", slowest, "seconds", slowestSeconds));
            return m;
        }
    }

    /** What the Ingestion page puts on top: {@code kind} disk (full, or below the free space asked for), feed (dead),
     *  stalled (a run that stopped writing progress). */
    public record Alert(String kind, String subject, String message) {}

    public static final int STALLED_MINUTES = 10;

    /** An input whose latest attempt failed: a path, {@code jsonl:ID}, a feed's URL or a feed item's link. */
    public record Failure(String source, String error, String at, String kind) {}

    public record Report(int documents, int withdrawn, List<Day> days, List<Run> runs, List<Failure> failures,
                         List<FeedStore.Feed> feeds, List<Alert> alerts, Instant at) {
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
                Map<String, Object> progress = new LinkedHashMap<>();
                progress.put("documents", run.doneDocuments());
                progress.put("bytes", run.doneBytes());
                progress.put("total_bytes", run.totalBytes());
                progress.put("fraction", run.fraction());
                progress.put("eta_seconds", run.etaSeconds(at));
                progress.put("updated_at", run.progressAt());
                x.put("progress", progress);
                x.put("timing", run.timing().json());
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
            m.put("alerts", alerts.stream().map(a -> Map.of("kind", a.kind(), "subject", a.subject(), "message", a.message())).toList());
            return m;
        }
    }

    /** The free space below which the data directory's disk is an alert, unless told otherwise: 1 GB. */
    public static final long MIN_FREE_BYTES = 1L << 30;

    private final Store store;
    private final Path dataDir;
    private final long minFreeBytes;

    public IngestStatus(Store store) { this(store, null, 0); }

    /** {@code dataDir}: the folder whose disk is watched (the search index, the SQLite file, saved feed pages); an
     *  alert when it has less than {@code minFreeBytes} free. */
    public IngestStatus(Store store, Path dataDir, long minFreeBytes) {
        this.store = store;
        this.dataDir = dataDir;
        this.minFreeBytes = minFreeBytes;
    }

    /** The last {@code days} days of documents and the last {@code runs} runs. */
    public Report report(int days, int runs) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = store.connect()) {
            List<Run> last = runs(c, runs);
            List<FeedStore.Feed> feeds = new FeedStore(store).list();
            return new Report((int) Sql.count(c, "SELECT COUNT(*) FROM documents"),
                    (int) Sql.count(c, "SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL"),
                    days(c, days), last, failures(c), feeds, alerts(last, feeds, now), now);
        }
    }

    /** A full disk, a dead feed or a run that stopped moving: said on top, never a silent stop. */
    private List<Alert> alerts(List<Run> runs, List<FeedStore.Feed> feeds, Instant now) {
        List<Alert> out = new ArrayList<>();
        if (dataDir != null) {
            Path probe = dataDir.toAbsolutePath();
            while (probe != null && !java.nio.file.Files.exists(probe)) probe = probe.getParent();
            try {
                long free = probe == null ? Long.MAX_VALUE : java.nio.file.Files.getFileStore(probe).getUsableSpace();
                if (free < minFreeBytes)
                    out.add(new Alert("disk", dataDir.toString(), String.format(java.util.Locale.ROOT,
                            "%s: only %.1f MB free on its disk (the alert is at %.1f MB); ingestion stops when it is full",
                            dataDir, free / 1e6, minFreeBytes / 1e6)));
            } catch (java.io.IOException e) {
                out.add(new Alert("disk", dataDir.toString(), dataDir + ": cannot read its free space: " + e.getMessage()));
            }
        }
        if (!runs.isEmpty() && runs.get(0).error() != null && runs.get(0).error().contains("disk full"))
            out.add(new Alert("disk", runs.get(0).id(), "the last run stopped: " + runs.get(0).error()));
        for (FeedStore.Feed f : feeds)
            if (f.dead())
                out.add(new Alert("feed", f.name(), String.format("feed %s (%s) is dead: %d failed polls in a row, last: %s",
                        f.name(), f.url(), f.failures(), f.lastError())));
        for (Run r : runs)
            if (r.stalled(now))
                out.add(new Alert("stalled", r.id(), String.format("%s run %s started %s has written no progress for %d minutes"
                        + " (the process was stopped, or it is stuck)", r.kind(), r.label(), r.startedAt().substring(0, 19), STALLED_MINUTES)));
        return out;
    }

    /** Seconds as "42 s", "7 min", "3 h 05 min". */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return Math.round(s / 60.0) + " min";
        return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
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

    private static List<Run> runs(Connection c, int limit) throws SQLException { return runs(c, "", limit); }

    private static List<Run> runs(Connection c, String where, int limit) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT id, kind, label, started_at, finished_at, status, stored, replaced,"
                + " unchanged, failed, error, total_bytes, done_bytes, done_documents, progress_at FROM ingest_runs " + where
                + " ORDER BY started_at DESC LIMIT ?", limit); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long total = r.getLong(12);
                Long known = r.wasNull() ? null : total;
                out.add(new Run(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10), r.getString(11),
                        known, r.getLong(13), r.getInt(14), r.getString(15), timing(c, r.getString(1))));
            }
        }
        return out;
    }

    /** Documents' own times from {@code ingest_log} (its status values for documents), commits from {@code ingest_commits}. */
    private static Timing timing(Connection c, String runId) throws SQLException {
        String documents = " FROM ingest_log WHERE run_id = ? AND status IN ('stored', 'replaced', 'unchanged', 'failed')";
        long work = Sql.count(c, "SELECT COALESCE(SUM(millis), 0)" + documents, runId);
        long commits = Sql.count(c, "SELECT COUNT(*) FROM ingest_commits WHERE run_id = ?", runId);
        long commitMillis = Sql.count(c, "SELECT COALESCE(SUM(millis), 0) FROM ingest_commits WHERE run_id = ?", runId);
        String slowest = null;
        long slowestMillis = 0;
        try (PreparedStatement s = Sql.prepare(c, "SELECT source, millis" + documents + " AND millis > 0 ORDER BY millis DESC, n LIMIT 1", runId);
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                slowest = r.getString(1);
                slowestMillis = r.getLong(2);
            }
        }
        return new Timing(work / 1000.0, (int) commits, commitMillis / 1000.0, slowest, slowestMillis / 1000.0);
    }

    /** Runs going now: started, not finished, not stalled (a killed process's run stops counting after
     *  {@link #STALLED_MINUTES}). */
    public List<Run> running() throws SQLException {
        Instant now = Instant.now();
        List<Run> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            for (Run r : runs(c, "WHERE finished_at IS NULL AND status = 'running'", Integer.MAX_VALUE))
                if (!r.stalled(now)) out.add(r);
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
