package org.caytre.search;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.caytre.kb.StorageFault;
import org.caytre.kb.Store;

/**
 * Indexes committed documents on threads of their own (through {@link IndexSync#index}, from the store's rows), so the
 * Lucene work — most of the single writer thread's time in the profile of {@code caytre ingest} (docs/profile-ingest.md)
 * — runs beside the store's writes instead of after each of them. A bounded queue keeps the index at most
 * {@code capacity} documents behind the store. The index is committed at checkpoints ({@code checkpointSeconds} apart)
 * and by {@link #finish}, never per document: a crash leaves the index behind the store, which the next command's
 * {@link IndexSync#repair} rebuilds from the rows.
 *
 * <pre>{@code try (BackgroundIndexer indexer = BackgroundIndexer.start(store, index, 2, 128, 120)) {
 *     ingester.run(paths, listener, (docId, x) -> indexer.add(docId)); indexer.finish(); }}</pre>
 */
public final class BackgroundIndexer implements AutoCloseable {
    private static final String END = "\u0000end";

    private final PassageIndex index;
    private final long checkpointNanos;
    private final List<Lane> lanes = new ArrayList<>();
    private volatile long lastCommit = System.nanoTime();
    private volatile RuntimeException failure;
    private volatile boolean flushAtEnd;
    private boolean finished;

    /** One indexing thread with its queue and its reading connection. A document always goes to the same lane, so two
     *  versions of it written in one run are indexed in the order they were committed. */
    private final class Lane {
        final BlockingQueue<String> queue;
        final IndexSync sync;
        final Thread thread;

        Lane(IndexSync sync, int capacity, int n) {
            this.sync = sync;
            this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
            this.thread = Thread.ofPlatform().name("ingest-indexer-" + n).daemon().start(this::run);
        }

        private void run() {
            try {
                for (String id; (id = queue.take()) != END; ) {
                    sync.index(id);
                    checkpoint();
                }
                // each lane writes one in-memory segment to disk on its own thread before the final commit, which
                // would otherwise flush them all one after the other on the caller's (a core idle meanwhile)
                if (flushAtEnd) index.flushBuffer();
            } catch (InterruptedException e) {
                fail(new IllegalStateException("search indexing interrupted", e));
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                fail(new StorageFault("cannot read the store to index it: " + StorageFault.describe(e), e));
            } catch (RuntimeException e) {
                fail(e);
            }
        }
    }

    private BackgroundIndexer(PassageIndex index, long checkpointSeconds) {
        this.index = index;
        this.checkpointNanos = TimeUnit.SECONDS.toNanos(checkpointSeconds);
    }

    /**
     * Starts {@code threads} indexing threads (Lucene's writer takes documents from several at once), each with a
     * reading connection of its own to {@code store} and a queue of {@code capacity} documents.
     */
    public static BackgroundIndexer start(Store store, PassageIndex index, int threads, int capacity, long checkpointSeconds)
            throws SQLException {
        BackgroundIndexer b = new BackgroundIndexer(index, checkpointSeconds);
        try {
            for (int i = 0; i < Math.max(1, threads); i++) b.lanes.add(b.new Lane(IndexSync.open(store, index), capacity, i));
        } catch (SQLException | RuntimeException e) {
            b.close();
            throw e;
        }
        return b;
    }

    /** Queues a committed document; waits while its queue is full. Throws an indexing thread's failure, if any. */
    public void add(String docId) {
        BlockingQueue<String> queue = lanes.get(Math.floorMod(docId.hashCode(), lanes.size())).queue;
        try {
            while (!queue.offer(docId, 100, TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing " + docId + " for the search index", e);
        }
        rethrow();
    }

    /** Indexes everything queued, commits, and stops the threads; throws the first indexing failure. */
    public void finish() {
        if (finished) { rethrow(); return; }
        finished = true;
        flushAtEnd = true;
        stop(false);
        rethrow();
        index.commit();
    }

    private synchronized void checkpoint() {
        if (System.nanoTime() - lastCommit <= checkpointNanos) return;
        index.commit();
        lastCommit = System.nanoTime();
    }

    private synchronized void fail(RuntimeException e) {
        if (failure == null) failure = e;
    }

    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) throw f;
    }

    /** Ends every lane, after what is queued or (discard) without it. No interrupt: an interrupted Lucene write closes
     *  the index writer. */
    private void stop(boolean discard) {
        try {
            for (Lane lane : lanes) {
                if (discard) lane.queue.clear();
                while (lane.thread.isAlive() && !lane.queue.offer(END, 100, TimeUnit.MILLISECONDS))
                    if (discard) lane.queue.clear();
            }
            for (Lane lane : lanes) lane.thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the search indexing", e);
        }
    }

    /** Stops the threads without indexing what is still queued (when {@link #finish} was not called) and closes the
     *  connections. */
    @Override
    public void close() throws SQLException {
        if (!finished) {
            finished = true;
            stop(true);
        }
        SQLException first = null;
        for (Lane lane : lanes) {
            try {
                lane.sync.close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
