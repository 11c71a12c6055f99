package org.caytre.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The ingestion log in the store (tables {@code ingest_runs} and {@code ingest_log}): every run of ingest, watch or
 * feeds poll, and every document it handled with its status, error and time, so {@code caytre status} can say what
 * arrived, what failed and why, long after the terminal is closed.
 *
 * <pre>{@code try (IngestLog.Run run = IngestLog.start(store, "ingest", "samples/")) {
 *     ingester.run(paths, run.and(progress)); run.finish(null); }}</pre>
 */
public final class IngestLog {
    private static final int BATCH = 200;
    /** How often a run's progress (and its pending lines) reach the store, at most. */
    private static final long PROGRESS_NANOS = 2_000_000_000L;
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private IngestLog() {}

    /** Now as a fixed-width ISO instant (microseconds, UTC), so times sort as text in both databases. */
    public static String now() { return INSTANT.format(Instant.now()); }

    /** Bytes on disk of the inputs (files, folders walked), or -1 when a compressed corpus makes the text size
     *  unknown: the measure of a run's progress and ETA. */
    public static long inputSize(List<java.nio.file.Path> paths) {
        long total = 0;
        for (java.nio.file.Path p : paths) {
            try (var walk = java.nio.file.Files.walk(p)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) walk.filter(java.nio.file.Files::isRegularFile)::iterator) {
                    if (f.getFileName().toString().endsWith(".gz")) return -1;
                    total += java.nio.file.Files.size(f);
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // a missing path is reported by the ingest itself
            }
        }
        return total;
    }

    /** Opens a run (status running) on its own connection; close it after {@link Run#finish}. */
    public static Run start(Store store, String kind, String label) throws SQLException {
        return new Run(store, kind, label);
    }

    /** One run: an {@link Ingester.Listener} that records each document, and counts. Called from one thread. */
    public static final class Run implements Ingester.Listener, AutoCloseable {
        private final Connection c;
        private final String id = UUID.randomUUID().toString();
        private int n, commits, stored, replaced, unchanged, failed;
        private long flushed = System.nanoTime() - PROGRESS_NANOS, doneBytes;
        private int doneDocuments;
        private boolean finished, lost;
        private final List<Object[]> pending = new ArrayList<>(), pendingCommits = new ArrayList<>();

        private Run(Store store, String kind, String label) throws SQLException {
            c = store.connect();
            try {
                Sql.update(c, "INSERT INTO ingest_runs (id, kind, label, started_at, status) VALUES (?, ?, ?, ?, 'running')",
                        id, kind, label, now());
            } catch (SQLException e) {
                // a full or read-only store: the ingest meets the same fault and names it in its own words; this run
                // goes unlogged rather than ending it with a bare SQLite message
                lost = true;
            }
        }

        public String id() { return id; }

        /** The run will read about {@code bytes} more of input (negative: unknown); with it status can give an ETA. */
        public void expect(long bytes) {
            if (lost || bytes < 0) return;
            try {
                Sql.update(c, "UPDATE ingest_runs SET total_bytes = COALESCE(total_bytes, 0) + ? WHERE id = ?", bytes, id);
            } catch (SQLException e) {
                // progress is a courtesy: the ingest goes on and names a failing store itself
            }
        }

        /** This run's log and {@code other} both told of every document. */
        public Ingester.Listener and(Ingester.Listener other) {
            Run log = this;
            return new Ingester.Listener() {
                @Override public void done(String source, Ingester.Status status, long bytes, String reason) {
                    done(source, status, bytes, reason, 0);
                }

                @Override public void done(String source, Ingester.Status status, long bytes, String reason, long workNanos) {
                    log.done(source, status, bytes, reason, workNanos);
                    other.done(source, status, bytes, reason, workNanos);
                }

                @Override public void committed(int documents, long nanos) {
                    log.committed(documents, nanos);
                    other.committed(documents, nanos);
                }

                @Override public void warned(String source, String warning) { other.warned(source, warning); }   // the reader's warnings
            };
        }

        @Override
        public void done(String source, Ingester.Status status, long bytes, String reason) { done(source, status, bytes, reason, 0); }

        @Override
        public void done(String source, Ingester.Status status, long bytes, String reason, long workNanos) {
            record(source, status.name().toLowerCase(Locale.ROOT), reason, bytes, millis(workNanos));
        }

        /** A store transaction: its documents and wall time, a row of {@code ingest_commits}. */
        @Override
        public void committed(int documents, long nanos) {
            pendingCommits.add(new Object[] {id, ++commits, now(), documents, millis(nanos)});
        }

        /** Whole milliseconds, rounded up: a document read in 0.3 ms took time, one skipped by its hash took none (0). */
        private static long millis(long nanos) { return (nanos + 999_999) / 1_000_000; }

        /** {@link #record(String, String, String, long, long)} of a line whose own time was not measured (0). */
        public void record(String source, String status, String error, long bytes) { record(source, status, error, bytes, 0); }

        /** A line of the log: {@code status} is stored, replaced, unchanged, failed or withdrawn (counted), or polled or
         *  fetched (a feed read, an item's page fetched: a failure of that URL is over); {@code millis} the line's
         *  own time (a document's reading, parsing and extraction, a page's download). Lines are written
         *  {@value #BATCH} at a time (and at the end of the run), in one short transaction each, so a large ingest
         *  does not pay a commit per document. A log that cannot be written does not stop the ingest (the documents
         *  matter more than their log): the lines are lost. */
        public void record(String source, String status, String error, long bytes, long millis) {
            boolean document = true;
            switch (status) {
                case "stored" -> stored++;
                case "replaced" -> replaced++;
                case "unchanged" -> unchanged++;
                case "failed" -> failed++;
                default -> document = false;
            }
            if (document) {
                doneDocuments++;
                doneBytes += bytes;
            }
            long now = System.nanoTime();
            pending.add(new Object[] {id, ++n, now(), source, source, status, error, millis, bytes});
            if (pending.size() >= BATCH || now - flushed >= PROGRESS_NANOS) flush();
        }

        private void flush() {
            flushed = System.nanoTime();
            if (lost) {
                pending.clear();
                pendingCommits.clear();
            }
            if (pending.isEmpty() && pendingCommits.isEmpty()) return;
            try {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO ingest_log (run_id, n, at, source, doc_id, status, error,"
                        + " millis, bytes) SELECT ?, ?, ?, ?, (SELECT id FROM documents WHERE source = ?), ?, ?, ?, ?")) {
                    for (Object[] row : pending) Sql.batch(s, row);
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO ingest_commits (run_id, n, at, documents, millis) VALUES (?, ?, ?, ?, ?)")) {
                    for (Object[] row : pendingCommits) Sql.batch(s, row);
                    s.executeBatch();
                }
                Sql.update(c, "UPDATE ingest_runs SET done_bytes = ?, done_documents = ?, progress_at = ? WHERE id = ?",
                        doneBytes, doneDocuments, now(), id);
                c.commit();
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the store is what failed; the ingest reports it
                }
            } finally {
                pending.clear();
                pendingCommits.clear();
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // next use fails and says so
                }
            }
        }

        public int failed() { return failed; }

        public int stored() { return stored + replaced; }

        /** Ends the run: done, or failed with {@code error} (the run itself stopped). */
        public void finish(String error) throws SQLException {
            finished = true;
            flush();
            if (lost) return;
            Sql.update(c, "UPDATE ingest_runs SET finished_at = ?, status = ?, stored = ?, replaced = ?, unchanged = ?, failed = ?,"
                    + " error = ? WHERE id = ?", now(), error == null ? "done" : "failed", stored, replaced, unchanged, failed, error, id);
        }

        /** {@link #finish}, when the store still takes it (a run ended by a full disk cannot say so there). */
        public void finishQuietly(String error) {
            try {
                finish(error);
            } catch (SQLException e) {
                // the exception that ended the run says what happened
            }
        }

        /** A run closed without {@link #finish} ended by an exception: recorded as failed (when the store still takes it). */
        @Override
        public void close() throws SQLException {
            try {
                if (!finished) finishQuietly("stopped before the end");
            } finally {
                c.close();
            }
        }
    }
}
