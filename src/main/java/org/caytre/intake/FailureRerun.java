package org.caytre.intake;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.kb.FeedStore;
import org.caytre.kb.IngestLog;
import org.caytre.kb.IngestStatus;
import org.caytre.kb.Store;

/**
 * Tries every input whose latest attempt failed again, as one logged run of kind {@code rerun}: files go through the
 * ingest again, feeds are polled again, feed items fetched again; corpus records cannot be picked out of their corpus,
 * so they are named for a new ingest of it. The one path of {@code caytre status --rerun-failures} and of the
 * server's {@code POST /api/v1/status/rerun}; refused ({@link Busy}) while another run is going.
 *
 * <pre>{@code Result r = FailureRerun.run(store, () -> IndexedIngest.open(store, indexDir, err), dataDir.resolve("feeds"), err);}</pre>
 */
public final class FailureRerun {
    private FailureRerun() {}

    /** Another run is going (in the log, or holding the search index's lock): one line saying which. */
    public static final class Busy extends RuntimeException {
        public Busy(String message) { super(message); }
    }

    /** A failure that cannot be re-run here, and why. */
    public record Skipped(String source, String reason) {}

    /** {@code runId} null when there was nothing to re-run; {@code stillFailing} counts the inputs that failed again. */
    public record Result(String runId, int failures, int stored, int stillFailing, List<Skipped> skipped) {
        public Result { skipped = List.copyOf(skipped); }

        /** As {@code POST /api/v1/status/rerun} answers (a contract: fields are added, never renamed). */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("run_id", runId);
            m.put("failures", failures);
            m.put("stored", stored);
            m.put("still_failing", stillFailing);
            m.put("not_rerunnable", skipped.size());
            m.put("skipped", skipped.stream().map(s -> Map.of("source", s.source(), "reason", s.reason())).toList());
            return m;
        }
    }

    /**
     * Re-runs the failures of {@code store}'s log. {@code feedPages}: where fetched feed pages are kept
     * ({@code DIR/feeds}); {@code log}: a line for each input that fails again (with its reason) and what the feed polls say.
     */
    public static Result run(Store store, IndexedIngest.Opener opener, Path feedPages, PrintWriter log) throws Exception {
        List<IngestStatus.Failure> failures = new IngestStatus(store).failures();
        if (failures.isEmpty()) return new Result(null, 0, 0, 0, List.of());
        List<IngestStatus.Run> going = new IngestStatus(store).running();
        if (!going.isEmpty()) {
            IngestStatus.Run r = going.get(0);
            throw new Busy(String.format("another run is going (%s %s, started %s); re-run the failures when it has ended",
                    r.kind(), r.label(), r.startedAt().substring(0, 19).replace('T', ' ')));
        }
        FeedStore feeds = new FeedStore(store);
        List<Path> files = new ArrayList<>();
        List<FeedStore.Feed> feedsAgain = new ArrayList<>();
        List<FeedStore.Item> items = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (IngestStatus.Failure f : failures) {
            String s = f.source();
            if (s.startsWith("jsonl:")) {
                skipped.add(new Skipped(s, "a corpus record; ingest its corpus again to retry it"));
            } else if (s.startsWith("http://") || s.startsWith("https://")) {
                var feed = feeds.byUrl(s);
                var item = feeds.failedItem(s);
                if (feed.isPresent()) feedsAgain.add(feed.get());
                else if (item.isPresent()) items.add(item.get());
                else skipped.add(new Skipped(s, "neither a feed nor a failed feed item any more"));
            } else {
                files.add(Path.of(s));
            }
        }
        try (IndexedIngest ingest = open(opener);
             IngestLog.Run run = IngestLog.start(store, "rerun", failures.size() + " failures")) {
            if (!files.isEmpty())
                ingest.ingest(run, files, null, (source, status, bytes, reason) -> {
                    if (reason != null) log.println("caytre: " + source + ": " + reason);
                });
            FeedPoller poller = new FeedPoller(ingest, feedPages, log);
            for (FeedStore.Feed f : feedsAgain) poller.poll(f, run);
            for (FeedStore.Item i : items) poller.fetch(i, run);
            run.finish(null);
            return new Result(run.id(), failures.size(), run.stored(), run.failed(), skipped);
        }
    }

    /** The writer, or {@link Busy} when another process holds the search index (a caytre ingest or watch). */
    private static IndexedIngest open(IndexedIngest.Opener opener) throws SQLException {
        try {
            return opener.open();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) throw new Busy(e.getMessage());
            throw e;
        }
    }
}
