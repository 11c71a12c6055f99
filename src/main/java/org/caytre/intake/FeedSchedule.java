package org.caytre.intake;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.caytre.kb.FeedStore;
import org.caytre.kb.Store;

/**
 * Feeds polled on a schedule beside a long-running process ({@code caytre serve --feeds-every}): at start and then
 * every period, one poll of every feed. Beside a read-only server, through its own store connection and the index's
 * writer, held only for the poll (the server sees the new documents at the index's next commit); beside a server
 * that takes uploads, through that server's own writer ({@link #through}), each fetched page's ingest taking the
 * data directory's {@link WriteTurn} only while it writes, so uploads go on during a poll. A failed poll is a line on
 * {@code log} and a failure in the ingestion log, never the end of the schedule.
 *
 * <pre>{@code try (FeedSchedule s = FeedSchedule.start(dataDir, null, Duration.ofMinutes(30), log)) { … }}</pre>
 */
public final class FeedSchedule implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private FeedSchedule(ScheduledExecutorService timer) { this.timer = timer; }

    /** {@code dbUrl}: a PostgreSQL JDBC URL, or null for the SQLite store in {@code dataDir}. */
    public static FeedSchedule start(Path dataDir, String dbUrl, Duration every, PrintWriter log) {
        return schedule(every, () -> pollOnce(dataDir, dbUrl, log), log);
    }

    /** Polls through {@code writer}, a server's own (IndexedIngest#over with the turn), saving pages under
     *  {@code dataDir/feeds}. */
    public static FeedSchedule through(IndexedIngest.Opener writer, Path dataDir, Duration every, PrintWriter log) {
        return schedule(every, () -> {
            try (IndexedIngest ingest = writer.open()) {
                List<FeedStore.Feed> feeds = new FeedStore(ingest.store()).list();
                if (!feeds.isEmpty()) FeedPoller.pollAll(ingest, feeds, dataDir.resolve("feeds"), log, log);
            }
        }, log);
    }

    private interface Poll { void run() throws Exception; }

    private static FeedSchedule schedule(Duration every, Poll poll, PrintWriter log) {
        if (every.isZero() || every.isNegative()) throw new IllegalArgumentException("the feed period must be positive, not " + every);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("caytre-feeds").daemon().unstarted(r));
        timer.scheduleWithFixedDelay(() -> {
            try {
                poll.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {   // a locked index (an ingest is running), a full disk: said, and tried again next time
                log.println("caytre: feeds poll: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                log.flush();
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return new FeedSchedule(timer);
    }

    private static void pollOnce(Path dataDir, String dbUrl, PrintWriter log) throws Exception {
        try (Store store = Store.open(dataDir, dbUrl)) {
            List<FeedStore.Feed> feeds = new FeedStore(store).list();
            if (feeds.isEmpty()) return;
            try (WriteTurn.Held turn = WriteTurn.of(dataDir).take("a feeds poll");   // a re-run from the UI waits or is told
                 IndexedIngest ingest = IndexedIngest.open(store, dataDir.resolve("index"), log)) {
                FeedPoller.pollAll(ingest, feeds, dataDir.resolve("feeds"), log, log);
            }
        }
    }

    /** Stops the schedule, letting a poll under way end (up to a minute). */
    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
